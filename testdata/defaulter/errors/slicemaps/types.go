package slicemaps

// Leaf has a default.
type Leaf struct {
	// +default="leaf"
	Value string
}

// Name has a type default.
// +default="name"
type Name string

// T holds maps inside slices and behind pointers.
type T struct {
	TypeMeta int
	Leaves   []map[string]Leaf // want :2 `field Leaves \(\[\]map\[string\]Leaf\) cannot be defaulted by generated code .*: it is a slice of maps whose values would need defaulting, and map values are not defaulted in place; put a struct between the slice and the map`
	Names    []map[string]Name // want :2 `field Names \(\[\]map\[string\]Name\) cannot be defaulted .*: the values to default sit in a map reached through a pointer or a slice; put a struct between them`
	NamesPtr *map[string]Name  // want :2 `field NamesPtr \(\*map\[string\]Name\) cannot be defaulted .*map reached through a pointer or a slice`
	Fine     map[string]Name
}
