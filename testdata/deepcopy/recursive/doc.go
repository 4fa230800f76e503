// +k8s:deepcopy-gen=package

// Package recursive has types that refer to themselves.
package recursive
