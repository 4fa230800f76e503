package maps

// Flat is an assignable struct.
type Flat struct {
	A int
}

// Inner is not assignable.
type Inner struct {
	Values []int
}

// Key is an assignable struct used as a map key.
type Key struct {
	Name string
}

// Labels is a named map type.
type Labels map[string]string

// Children is a named map of non-assignable values.
type Children map[string]Inner

// Maps has maps of builtins, structs, pointers, slices and maps.
type Maps struct {
	Strings      map[string]string
	Ints         map[int]int64
	Flats        map[string]Flat
	Inners       map[string]Inner
	Pointers     map[string]*Inner
	IntPointers  map[string]*int
	Slices       map[string][]string
	Maps         map[string]map[string]int
	StructKey    map[Key]string
	Named        Labels
	NamedInners  Children
	MapOfNamed   map[string]Labels
	AnonStruct   map[string]struct{}
	NamedElement map[string]Labels
}
