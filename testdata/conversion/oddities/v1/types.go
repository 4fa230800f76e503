package v1

// Key is a struct map key.
type Key struct {
	ID int32
}

// Index is keyed by structs.
type Index struct {
	ByKey map[Key]string
	Note  string
}

// Level is a named integer here and a struct in the hub.
type Level int32

// Secretive has an unexported field, converted by hand.
type Secretive struct {
	Public string
	hidden string
}
