package pointers

// Inner is a struct with a reference inside, so it is not assignable.
type Inner struct {
	Names []string
}

// Flat is an assignable struct.
type Flat struct {
	A int
	B string
}

// Pointers has pointers to builtins, structs, pointers, slices and maps.
type Pointers struct {
	String      *string
	Int         *int
	Flat        *Flat
	Inner       *Inner
	PtrPtr      **int
	PtrPtrInner **Inner
	Slice       *[]string
	SliceInner  *[]Inner
	Map         *map[string]int
	MapInner    *map[string]Inner
}

// StringPtr is a named pointer type.
type StringPtr *string

// HasNamedPtr has a field of a named pointer type.
type HasNamedPtr struct {
	P StringPtr
}
