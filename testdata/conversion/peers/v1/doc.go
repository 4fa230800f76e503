// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/peers
// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/peers/shared

// Package v1 has two peer packages.
package v1
