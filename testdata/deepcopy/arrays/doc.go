// +k8s:deepcopy-gen=package

// Package arrays has array fields, which upstream copies by assignment.
package arrays
