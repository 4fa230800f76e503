package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Tool is a kind registered by hand.
type Tool struct {
	metav1.TypeMeta `json:",inline"`
}
