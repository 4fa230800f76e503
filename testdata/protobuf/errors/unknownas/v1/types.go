// Package v1 names a type it does not have in +protobuf.as.
package v1

// Widget's message would have Gadget's fields, but there is no Gadget.
// +protobuf.as=Gadget
// ^ want :4 `\+protobuf.as=Gadget: package .* has no type Gadget`
type Widget struct {
	Name string `json:"name"`
}
