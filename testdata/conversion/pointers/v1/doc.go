// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/pointers

// Package v1 converts through pointers.
package v1
