// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/copyonly

// Package v1 has a copy-only conversion.
package v1
