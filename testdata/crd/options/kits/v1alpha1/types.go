package v1alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Kit is a bundle of parts, as it was first.
type Kit struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Parts is how many.
	Parts float32 `json:"parts"`
}

// Crate is a kind only this skipped version has.
type Crate struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}
