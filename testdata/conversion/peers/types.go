// Package peers is the first peer of case peers.
package peers

// Foo is only here.
type Foo struct {
	A string
	B int64
}

// Both is here and in shared: this one is used.
type Both struct {
	X string
}
