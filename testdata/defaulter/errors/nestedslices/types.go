package nestedslices

// Leaf has a default.
type Leaf struct {
	// +default="leaf"
	Value string
}

// Name has a type default.
// +default="name"
type Name string

// T holds slices whose elements are slices, or slices behind pointers,
// which upstream ranges over through a pointer.
type T struct {
	TypeMeta  int
	Grid      [][]Leaf  // want :2 `field Grid \(\[\]\[\]Leaf\) cannot be defaulted by generated code .*: the values to default sit in a slice reached through a pointer or another slice; put a struct between`
	PtrGrid   [][]*Leaf // want :2 `field PtrGrid \(\[\]\[\]\*Leaf\) cannot be defaulted .*slice reached through a pointer or another slice`
	Fixed     [2][]Leaf // want :2 `field Fixed \(\[2\]\[\]Leaf\) cannot be defaulted .*slice reached through a pointer or another slice`
	PtrSlice  *[]Leaf   // want :2 `field PtrSlice \(\*\[\]Leaf\) cannot be defaulted .*slice reached through a pointer or another slice`
	SlicePtrs []*[]Leaf // want :2 `field SlicePtrs \(\[\]\*\[\]Leaf\) cannot be defaulted .*slice reached through a pointer or another slice`
	Names     [][]Name  // want :2 `field Names \(\[\]\[\]Name\) cannot be defaulted .*slice reached through a pointer or another slice`
	Fine      [][2]Leaf
}
