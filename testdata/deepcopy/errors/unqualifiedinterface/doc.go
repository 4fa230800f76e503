// +k8s:deepcopy-gen=package

// Package unqualifiedinterface names interfaces without their import
// paths: one error each, and the package's other problems beside them.
package unqualifiedinterface
