package internal

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Ship is the internal version.
// +kubebuilder:skipversion
type Ship struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Name string `json:"name"`
}
