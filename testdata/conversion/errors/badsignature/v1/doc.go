// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/badsignature

// Package v1 forgets the scope parameter.
package v1
