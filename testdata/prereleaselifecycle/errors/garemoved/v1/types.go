package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Gizmo is removed without ever being deprecated.
// +k8s:prerelease-lifecycle-gen:introduced=1.8
// +k8s:prerelease-lifecycle-gen:removed=1.30
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:removed=1\.30 without \+k8s:prerelease-lifecycle-gen:deprecated in a GA version: .* add \+k8s:prerelease-lifecycle-gen:deprecated=<major>\.<minor> no later than 1\.30`
type Gizmo struct {
	metav1.TypeMeta `json:",inline"`
}

// Gadget is deprecated, then removed: both are written.
// +k8s:prerelease-lifecycle-gen:introduced=1.8
// +k8s:prerelease-lifecycle-gen:deprecated=1.27
// +k8s:prerelease-lifecycle-gen:removed=1.30
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}

// Widget is GA and stays: no deprecation, no removal.
// +k8s:prerelease-lifecycle-gen:introduced=1.8
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}
