// +k8s:deepcopy-gen=package

// Package interfaces has types that implement interfaces through
// DeepCopy<Interface> methods, and fields of interface type.
package interfaces
