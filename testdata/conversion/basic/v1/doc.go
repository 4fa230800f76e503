// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/basic

// Package v1 is converted to and from its peer, package basic.
package v1
