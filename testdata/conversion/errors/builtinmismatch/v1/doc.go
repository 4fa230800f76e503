// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/builtinmismatch

// Package v1 changes the builtin types of fields.
package v1
