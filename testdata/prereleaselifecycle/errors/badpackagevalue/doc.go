// +k8s:prerelease-lifecycle-gen=yes
// ^ want :4 `\+k8s:prerelease-lifecycle-gen: unsupported value "yes" on a package \(doc\.go\) \(want "true" `

// Package badpackagevalue enables the generator with a value it does not take.
package badpackagevalue

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// T is an API type.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
type T struct {
	metav1.TypeMeta
}
