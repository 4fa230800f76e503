package missingintroduced

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// A says when it is deprecated but not when it was introduced.
// +k8s:prerelease-lifecycle-gen:deprecated=1.22
type A struct { // want :6 `type A embeds TypeMeta in a package with \+k8s:prerelease-lifecycle-gen=true but has no \+k8`
	metav1.TypeMeta
}

// B says nothing.
type B struct { // want :6 `type B embeds TypeMeta in a package with \+k8s:prerelease-lifecycle-gen=true but has no \+k8`
	metav1.TypeMeta
}
