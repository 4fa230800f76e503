// Package together is the hub.
package together

// Pet has a field v1 lacks.
type Pet struct {
	Name    string
	Species string // want :2 "field Pet.Species requires manual conversion"
}

// Toy is converted by a function with a bad signature.
type Toy struct {
	Color string
}
