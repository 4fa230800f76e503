package outoforder

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// A is deprecated before it is introduced.
// +k8s:prerelease-lifecycle-gen:introduced=1.20
// +k8s:prerelease-lifecycle-gen:deprecated=1.19
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:deprecated=1\.19 is before \+k8s:prerelease-lifecycle-gen:intr`
type A struct {
	metav1.TypeMeta
}

// B is removed before it is deprecated.
// +k8s:prerelease-lifecycle-gen:introduced=1.20
// +k8s:prerelease-lifecycle-gen:deprecated=1.22
// +k8s:prerelease-lifecycle-gen:removed=1.21
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:removed=1\.21 is before \+k8s:prerelease-lifecycle-gen:depreca`
type B struct {
	metav1.TypeMeta
}

// C is removed before its default deprecation (1.23).
// +k8s:prerelease-lifecycle-gen:introduced=1.20
// +k8s:prerelease-lifecycle-gen:removed=1.21
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:removed=1\.21 is before the deprecation, which defaults to 1\.`
type C struct {
	metav1.TypeMeta
}

// D is removed before it is introduced, across a major release.
// +k8s:prerelease-lifecycle-gen:introduced=2.0
// +k8s:prerelease-lifecycle-gen:deprecated=1.30
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:deprecated=1\.30 is before \+k8s:prerelease-lifecycle-gen:intr`
type D struct {
	metav1.TypeMeta
}
