// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/inconvertible

// Package v1 changes a field's kind.
package v1
