// +k8s:deepcopy-gen=package

// Package pointers has pointers to every kind of element.
package pointers
