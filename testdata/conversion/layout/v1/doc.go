// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/layout

// Package v1 shares layouts with its hub.
package v1
