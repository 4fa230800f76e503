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
