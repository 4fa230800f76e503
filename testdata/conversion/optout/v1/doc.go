// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/optout

// Package v1 opts types and fields out.
package v1
