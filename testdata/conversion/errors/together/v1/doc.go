// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/together

// Package v1 has several problems.
package v1
