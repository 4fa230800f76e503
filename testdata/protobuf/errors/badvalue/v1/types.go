// Package v1 tags a type with a +protobuf value that is not a boolean.
package v1

// Widget says maybe.
// +protobuf=maybe
// ^ want :4 `\+protobuf=maybe: the value must be true or false`
type Widget struct {
	Name string `json:"name"`
}

// Names says yes where a boolean belongs.
// +protobuf.nullable=yes
// ^ want :4 `\+protobuf.nullable=yes: the value must be true or false`
type Names []string
