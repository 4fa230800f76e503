// Package optout is the hub of case optout.
package optout

// Pet has a field v1 lacks.
type Pet struct {
	Name    string
	Species string
	Ignored string
}

// Toy opts out in v1.
type Toy struct {
	Color string
}
