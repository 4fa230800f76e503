// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/oddities

// Package v1 is case oddities' versioned side.
package v1
