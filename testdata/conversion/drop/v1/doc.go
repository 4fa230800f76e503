// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/drop

// Package v1 drops Secret.
package v1
