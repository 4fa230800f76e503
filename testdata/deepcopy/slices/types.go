package slices

// Flat is an assignable struct.
type Flat struct {
	A int
}

// Inner is not assignable.
type Inner struct {
	Tags map[string]string
}

// Names is a named slice type: it gets its own DeepCopy with a value receiver.
type Names []string

// Inners is a named slice of non-assignable structs.
type Inners []Inner

// Slices has slices of builtins, structs, pointers, slices and maps.
type Slices struct {
	Strings      []string
	Bytes        []byte
	Flats        []Flat
	Inners       []Inner
	Pointers     []*Inner
	IntPointers  []*int
	Nested       [][]string
	NestedInners [][]Inner
	Maps         []map[string]int
	Named        Names
	NamedInners  Inners
	SliceOfNamed []Names
}
