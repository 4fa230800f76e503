// +k8s:deepcopy-gen=package

// Package unknowninterface names an interface that does not exist.
package unknowninterface
