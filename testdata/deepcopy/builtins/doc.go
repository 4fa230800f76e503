// +k8s:deepcopy-gen=package

// Package builtins has fields of every builtin type and named builtins.
package builtins
