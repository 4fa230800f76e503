package v1

// Pet lacks Species, which a hand-written conversion fills in.
type Pet struct {
	Name string
	// +k8s:conversion-gen=false
	Ignored string
}

// Toy opts out.
// +k8s:conversion-gen=false
type Toy struct {
	Color string
}

// private types get no conversion.
type private struct {
	x int
}
