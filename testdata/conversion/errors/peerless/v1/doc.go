// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/peerless

// Package v1 holds a type the hub does not have.
package v1
