package badsignature

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// T returns one number from its introduction.
// +k8s:prerelease-lifecycle-gen:introduced=1.2
type T struct { // want :6 `type T has a hand-written APILifecycleIntroduced with the wrong signature \(want func \(in \*`
	metav1.TypeMeta
}

// APILifecycleIntroduced returns the minor release only.
func (in *T) APILifecycleIntroduced() int { return 2 }
