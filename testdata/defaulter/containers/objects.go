package containers

import (
	"k8s.io/apimachinery/pkg/runtime"
)

// The objects RegisterDefaults registers are runtime.Objects.

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Shapes) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
