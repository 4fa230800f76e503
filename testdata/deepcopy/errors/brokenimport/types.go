package brokenimport

import (
	"k8s.io/apimachinery/pkg/api/resource"
)

// Order has fields of metav1's types, which is not imported.
type Order struct {
	metav1.TypeMeta   `json:",inline"` // want :2 `undefined: metav1 \(the package does not compile, also at lines 10, 12 and 18: fix it and run again\)`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              Spec          `json:"spec"`
	Times             []metav1.Time `json:"times"`
	Count             int           `json:"count"`
}

// Spec has one more.
type Spec struct {
	When     metav1.Time       `json:"when"`
	Quantity resource.Quantity `json:"quantity"`
}
