// +k8s:conversion-gen=github.com/gengokit/gengokit/testdata/conversion/errors/missingpeer/nowhere
// ^ want :4 "\\+k8s:conversion-gen=.*/nowhere: package .*/nowhere cannot be loaded .*; fix the import path"

// Package v1 names a peer that does not exist.
package v1
