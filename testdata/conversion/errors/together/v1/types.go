package v1

// Pet lacks Species.
type Pet struct {
	Name string
}

// Toy is converted by a function with a bad signature.
// +k8s:conversion-gen=true
// ^ want :4 "unsupported value \"true\" on a type: the only value there is \"false\""
type Toy struct {
	Color string
}
