package legacy

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Crate holds kits.
type Crate struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Kits is how many.
	Kits int32 `json:"kits"`
}
