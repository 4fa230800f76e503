// +k8s:deepcopy-gen=package

// Package syntax does not parse.
package syntax
