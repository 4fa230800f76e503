// Package v1 names verbs that do not exist.
package v1

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:skipVerbs=watch,destroy
// ^ want :4 `\+genclient:skipVerbs: unknown verb "destroy"`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}

// +genclient
// +genclient:method=Frob,verb=frobnicate
// ^ want :4 `Frob: unknown verb "frobnicate"`

// Gadget is a resource.
type Gadget struct {
	ObjectMeta `json:"metadata"`
}
