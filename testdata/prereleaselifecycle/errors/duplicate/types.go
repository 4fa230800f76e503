package duplicate

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// T is introduced twice.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:introduced=1.3
// ^ want :4 `\+k8s:prerelease-lifecycle-gen:introduced is given more than once; keep one`
type T struct {
	metav1.TypeMeta
}
