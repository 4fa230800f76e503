// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/aliases

// Package v1 uses named types of builtins.
package v1
