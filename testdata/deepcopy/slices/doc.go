// +k8s:deepcopy-gen=package

// Package slices has slices of every kind of element.
package slices
