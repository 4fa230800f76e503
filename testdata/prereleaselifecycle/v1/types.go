package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is GA since 1.20 and has no end of life.
// +k8s:prerelease-lifecycle-gen:introduced=1.20
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec"`
}

// WidgetSpec embeds no TypeMeta: it gets no methods.
type WidgetSpec struct {
	Size int `json:"size"`
}

// WidgetList is a list of widgets.
// +k8s:prerelease-lifecycle-gen:introduced=1.20
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget `json:"items"`
}

// +k8s:prerelease-lifecycle-gen:introduced=1.10
// +k8s:prerelease-lifecycle-gen:deprecated=1.29

// Gadget is GA and deprecated: the tags above are in the second-closest
// comment block, detached from the declaration by a blank line.
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}

// Gizmo is GA, deprecated and removed: both are written, removed as
// tagged (removed without deprecated is an error in a GA version).
// +k8s:prerelease-lifecycle-gen:introduced=1.8
// +k8s:prerelease-lifecycle-gen:deprecated=1.27
// +k8s:prerelease-lifecycle-gen:removed=1.30
type Gizmo struct {
	metav1.TypeMeta `json:",inline"`
}
