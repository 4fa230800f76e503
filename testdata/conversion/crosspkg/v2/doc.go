// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/crosspkg

// Package v2 uses v1's Shared, and v1's hand-written conversion of it.
package v2
