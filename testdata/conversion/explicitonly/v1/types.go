package v1

// Duration counts seconds.
type Duration struct {
	Seconds int64
}

// Unconverted has a peer-less twin and gets nothing.
type Unconverted struct {
	A string
}
