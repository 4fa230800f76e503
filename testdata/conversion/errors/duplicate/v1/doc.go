// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/duplicate

// Package v1 converts Gadget as helpers does.
package v1
