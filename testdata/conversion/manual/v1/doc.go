// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/manual

// Package v1 converts Gadget by hand.
package v1
