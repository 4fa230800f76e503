// +k8s:deepcopy-gen=package

// Package structs has embedded, nested and anonymous structs.
package structs
