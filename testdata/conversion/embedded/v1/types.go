package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Common is embedded in Thing and differs from the hub's.
type Common struct {
	ID    int32
	Owner string
}

// Thing embeds TypeMeta, ObjectMeta and Common.
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Common            `json:",inline"`
	Spec              string `json:"spec"`
}

// ThingList is a list of things.
type ThingList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Thing `json:"items"`
}
