// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/crosspkg

// Package v1 converts Shared by hand.
package v1
