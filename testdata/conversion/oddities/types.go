// Package oddities is the hub of case oddities: shapes upstream writes
// compiling but incomplete code for, which conversion-gen keeps (with a
// warning).
package oddities

// Key is a struct map key, wider than v1's.
type Key struct {
	ID int64
}

// Index is keyed by structs of different layouts: the map stays empty.
type Index struct {
	ByKey map[Key]string
	Note  string
}

// Level is a struct here and a named integer in v1.
type Level struct {
	Value int32
}

// Secretive has an unexported field, converted by hand.
type Secretive struct {
	Public string
	hidden string
}
