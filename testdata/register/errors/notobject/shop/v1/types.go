package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Order has neither the interfaces tag nor a DeepCopyObject method.
type Order struct { // want :6 `Order embeds TypeMeta, so register-gen registers it with the scheme, but it is no runtime.Object .*: add \+k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object to its comment \(and run deepcopy-gen\), or write a DeepCopyObject\(\) runtime.Object method for it`
	metav1.TypeMeta `json:",inline"`
}

// draft is unexported: deepcopy-gen writes no method for it, tag or not.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type draft struct { // want :6 `draft embeds TypeMeta.*: deepcopy-gen writes no methods for an unexported type: export it, or write a DeepCopyObject\(\) runtime.Object method for it`
	metav1.TypeMeta `json:",inline"`
}

// Cart asks deepcopy-gen for DeepCopyObject, which has not run yet.
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
type Cart struct {
	metav1.TypeMeta `json:",inline"`
}

// Basket has a hand-written DeepCopyObject.
type Basket struct {
	metav1.TypeMeta `json:",inline"`
}

// DeepCopyObject makes Basket a runtime.Object.
func (in *Basket) DeepCopyObject() runtime.Object { return in }

// Crate is a runtime.Object through the Basket it embeds.
type Crate struct {
	metav1.TypeMeta `json:",inline"`
	Basket
}
