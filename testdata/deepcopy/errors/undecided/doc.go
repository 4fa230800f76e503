// +k8s:deepcopy-gen=package

// Package undecided misspells a type's +k8s:deepcopy-gen value: whether
// the type was meant to be copied is unknown, so its channel field is not
// reported, only the value.
package undecided
