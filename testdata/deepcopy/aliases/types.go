package aliases

// Str is a named builtin.
type Str string

// StrSlice is a named slice of a named builtin.
type StrSlice []Str

// StrMap is a named map.
type StrMap map[Str]Str

// Inner is not assignable.
type Inner struct {
	S StrSlice
}

// InnerMap is a named map of structs.
type InnerMap map[string]Inner

// InnerSlice is a named slice of structs.
type InnerSlice []Inner

// InnerPtr is a named pointer to a struct.
type InnerPtr *Inner

// Alias is a Go type alias: it is the same type as Inner.
type Alias = Inner

// Aliases has fields of each named type.
type Aliases struct {
	Str        Str
	StrSlice   StrSlice
	StrMap     StrMap
	InnerMap   InnerMap
	InnerSlice InnerSlice
	Alias      Alias
	MapOfSlice map[string]StrSlice
	SliceOfMap []StrMap
	PtrToSlice *StrSlice
	PtrToMap   *InnerMap
}
