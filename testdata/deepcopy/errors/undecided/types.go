package undecided

// T was probably meant to be opted out.
//
// +k8s:deepcopy-gen=flase
// ^ want :4 `unsupported value "flase" on a type \(want "true" or "false"\)`
type T struct {
	C chan int
}
