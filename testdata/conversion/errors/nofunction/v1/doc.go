// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/nofunction

// Package v1 has a slice of pointers nobody converts.
package v1
