package v1

// Foo converts with peers.Foo.
type Foo struct {
	A string
	B int32
}

// Bar converts with shared.Bar.
type Bar struct {
	C []string
}

// Both converts with peers.Both.
type Both struct {
	X string
}

// Lonely has no peer and gets no conversion.
type Lonely struct {
	Z bool
}
