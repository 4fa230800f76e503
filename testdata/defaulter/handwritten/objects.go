package handwritten

import (
	"k8s.io/apimachinery/pkg/runtime"
)

// The objects RegisterDefaults registers are runtime.Objects.

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Job) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Holder) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Custom) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
