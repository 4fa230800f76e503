package arrays

// Flat is an assignable struct.
type Flat struct {
	A int
}

// Arrays has arrays of builtins and of assignable structs.
type Arrays struct {
	Ints  [4]int
	Bytes [16]byte
	Flats [2]Flat
	Names [3]string
}
