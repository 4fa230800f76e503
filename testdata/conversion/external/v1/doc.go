// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/external
// +k8s:conversion-gen-external-types=github.com/gengokit/gengokit/testdata/conversion/external/api

// Package v1 holds the conversions of the types of package api.
package v1
