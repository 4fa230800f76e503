// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/skipunsafe

// Package v1 is case unsafe run with --skip-unsafe.
package v1
