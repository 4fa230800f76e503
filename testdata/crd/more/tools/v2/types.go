package v2

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +kubebuilder:storageversion
// +kubebuilder:resource:scope=Cluster,shortName=hm

// Hammer is a tool, stored in this version.
type Hammer struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Size is how big.
	Size int32 `json:"size,omitempty"`
}
