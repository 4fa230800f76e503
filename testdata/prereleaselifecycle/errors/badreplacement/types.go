package badreplacement

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// A gives two parts.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:replacement=apps,Deployment
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:replacement: "apps,Deployment" has 2 comma-separated parts; `
type A struct {
	metav1.TypeMeta
}

// B gives an upper-case group.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:replacement=Apps,v1,Deployment
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:replacement: group "Apps" is not a lower-case API group name`
type B struct {
	metav1.TypeMeta
}

// C gives a version without "v".
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:replacement=apps,1,Deployment
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:replacement: version "1" must be "v", a number, then lower-c`
type C struct {
	metav1.TypeMeta
}

// D gives a lower-case kind.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:replacement=apps,v1,deployment
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:replacement: kind "deployment" must be a Go-style name start`
type D struct {
	metav1.TypeMeta
}
