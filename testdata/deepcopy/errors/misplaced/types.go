package misplaced

// T has a tag on a field.
type T struct {
	// +k8s:deepcopy-gen=false
	// ^ want :5 `\+k8s:deepcopy-gen is not allowed on a field`
	A []int
}
