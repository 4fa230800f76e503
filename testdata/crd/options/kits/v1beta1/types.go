package v1beta1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Kit is a bundle of parts, as it was.
//
// +kubebuilder:unservedversion
type Kit struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Parts is how many.
	Parts int32 `json:"parts"`
}
