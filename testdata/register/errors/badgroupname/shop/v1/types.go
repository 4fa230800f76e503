package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Order is a kind.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Order struct {
	metav1.TypeMeta `json:",inline"`
}
