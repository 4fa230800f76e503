package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Order is a kind.
type Order struct {
	metav1.TypeMeta `json:",inline"`
}

// DeepCopyObject makes Order a runtime.Object.
func (in *Order) DeepCopyObject() runtime.Object { return in }

// Cart asks for register-gen where it is not read.
// +k8s:register-gen=true
// ^ want :4 `\+k8s:register-gen is not allowed on a type; it belongs on a package \(doc\.go\)`
type Cart struct {
	metav1.TypeMeta `json:",inline"`
}

// DeepCopyObject makes Cart a runtime.Object.
func (in *Cart) DeepCopyObject() runtime.Object { return in }
