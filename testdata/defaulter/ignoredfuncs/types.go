package ignoredfuncs

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// T has a defaulter, and functions named like defaulters that are not.
type T struct {
	metav1.TypeMeta `json:",inline"`
	Name            string
}

// DeepCopyObject returns a shallow copy, enough for this test.
func (in *T) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// SetDefaults_T defaults a T.
func SetDefaults_T(obj *T) {
	if obj.Name == "" {
		obj.Name = "t"
	}
}

// SetDefaults_Value takes a value, not a pointer.
func SetDefaults_Value(obj T) {} // want :6 `SetDefaults_Value looks like a defaulter but is not of the form func\(\*T\) with no result; defaulter-gen ignores it`

// SetDefaults_U takes a *T.
func SetDefaults_U(obj *T) {} // want :6 `SetDefaults_U takes \*T, so defaulter-gen ignores it: name it SetDefaults_T, SetDefaults_T_<Qualifier> or SetObjectDefaults_T`
