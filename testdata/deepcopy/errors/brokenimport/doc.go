// +k8s:deepcopy-gen=package

// Package brokenimport uses metav1 without importing it: the one compile
// error (at its first use) is reported, not a complaint about each field
// whose type it left invalid. register.go's use of DeepCopyObject, which
// only the generated file (left out of the load) declares, is no error.
package brokenimport
