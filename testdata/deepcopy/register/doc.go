// +k8s:deepcopy-gen=package,register=true

// Package register uses the register option, which upstream accepts and
// ignores in its output.
package register
