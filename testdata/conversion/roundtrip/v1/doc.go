// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/roundtrip

// Package v1 is the versioned side of case roundtrip.
package v1
