// +k8s:deepcopy-gen=package

// Package aliases has named types over builtins, maps, slices and pointers,
// and Go type aliases.
package aliases
