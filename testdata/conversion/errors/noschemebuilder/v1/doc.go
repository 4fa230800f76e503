// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/noschemebuilder
// ^ want :4 "package .*/noschemebuilder/v1 declares no localSchemeBuilder, which the generated zz_generated.conversion.go registers the conversions with .*declare it in register.go .*or tag the package \\+groupName=<group> and run register-gen"

// Package v1 has no register.go and no +groupName: nothing declares
// localSchemeBuilder, which the conversions' init uses.
package v1
