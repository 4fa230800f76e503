// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/embedded

// Package v1 has embedded structs.
package v1
