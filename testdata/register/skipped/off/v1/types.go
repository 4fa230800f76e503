package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Switch is a kind nobody registers.
type Switch struct {
	metav1.TypeMeta `json:",inline"`
}
