package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Ship sails.
type Ship struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Name is optional by the package's marker.
	Name string `json:"name"`
	// Crew is required by its own.
	// +kubebuilder:validation:Required
	Crew int32 `json:"crew"`
}

// Boat is another kind, in this version only.
type Boat struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Oars is how many.
	Oars int32 `json:"oars"`
}
