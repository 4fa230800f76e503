package misspelt

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// T misspells deprecated.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
// +k8s:prerelease-lifecycle-gen:depreciated=1.4
// ^ want :4 `unknown tag \+k8s:prerelease-lifecycle-gen:depreciated; did you mean \+k8s:prerelease-lifecy`
type T struct {
	metav1.TypeMeta
}
