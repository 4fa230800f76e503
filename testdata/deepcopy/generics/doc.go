// +k8s:deepcopy-gen=package

// Package generics has generic types whose fields do not use the type
// parameter, which upstream supports.
package generics
