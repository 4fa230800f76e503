// +k8s:deepcopy-gen=package

// Package misspelt misspells a type tag.
package misspelt
