// +k8s:deepcopy-gen=package

// Package b has a field that cannot be copied.
package b
