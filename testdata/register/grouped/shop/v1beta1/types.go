package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Order is a kind.
type Order struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              OrderSpec `json:"spec"`
}

// OrderSpec embeds no TypeMeta: it is not registered.
type OrderSpec struct {
	Items []string `json:"items,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// OrderList is a list kind.
type OrderList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Order `json:"items"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Cart is a kind declared after Order, registered before it.
type Cart struct {
	metav1.TypeMeta `json:",inline"`
	Orders          []string `json:"orders"`
}

// auditEvent is unexported, and registered as upstream registers it;
// deepcopy-gen writes no methods for unexported types, so its
// DeepCopyObject is written by hand.
type auditEvent struct {
	metav1.TypeMeta `json:",inline"`
	Message         string `json:"message"`
}

// DeepCopyObject makes auditEvent a runtime.Object.
func (in *auditEvent) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
