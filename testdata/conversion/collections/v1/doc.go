// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/collections

// Package v1 converts collections element by element.
package v1
