package typeoptin

import (
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// The objects RegisterDefaults registers are runtime.Objects.

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Config) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Shown) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// GetObjectKind returns no kind: Config has no TypeMeta.
func (in *Config) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
