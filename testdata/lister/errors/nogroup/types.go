// Package widgets sits at the root of a module named "widgets": its path
// names no group and version.
package widgets

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// ^ want :4 `cannot tell the API group and version of package "widgets" from its path`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}
