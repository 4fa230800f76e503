// Package widgets sits at the root of a module named "widgets": its path
// names no group and version.
package widgets

// Widget is a resource.
type Widget struct { // want :6 `cannot tell the API group and version of package "widgets" from its path`
	Name string `json:"name"`
}
