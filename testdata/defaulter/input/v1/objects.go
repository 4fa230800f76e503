package v1

import (
	"k8s.io/apimachinery/pkg/runtime"
)

// The objects RegisterDefaults registers are runtime.Objects.

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *WidgetList) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
