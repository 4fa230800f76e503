// Package v1 is read with a '+' entry: only types tagged +protobuf=true
// get a message.
// +k8s:protobuf-gen=package
package v1

// Chosen gets a message.
// +protobuf=true
type Chosen struct {
	Name string `json:"name"`
}

// Left gets none: the package is a '+' entry and Left has no tag.
type Left struct {
	Name string `json:"name"`
}
