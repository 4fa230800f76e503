// +k8s:deepcopy-gen=package

// Package notinterface names a struct where an interface belongs.
package notinterface
