// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/missingfield

// Package v1 lacks a field and its conversion.
package v1
