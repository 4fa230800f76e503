package v2

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Ship sails, and is stored in this version.
// +kubebuilder:storageversion
type Ship struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Name is required here.
	Name string `json:"name"`
	// Crew is how many.
	Crew int64 `json:"crew,omitempty"`
}
