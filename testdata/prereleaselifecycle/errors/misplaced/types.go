package misplaced

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Spec embeds no TypeMeta: it gets no methods.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:introduced on type Spec, which gets no lifecycle methods: on`
type Spec struct {
	Size int
}

// T enables the generator on a type.
// +k8s:prerelease-lifecycle-gen=true
// ^ want :4 `\+k8s:prerelease-lifecycle-gen is not allowed on a type; it belongs on a package \(doc\.go\)`
// +k8s:prerelease-lifecycle-gen:introduced=1.2
type T struct {
	metav1.TypeMeta
	Spec Spec
}
