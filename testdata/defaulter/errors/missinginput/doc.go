// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=github.com/gengokit/gengokit/testdata/defaulter/errors/missinginput/nowhere
// ^ want :4 `\+k8s:defaulter-gen-input: cannot load package github.com/gengokit/gengokit/testdata/defaulter/errors/missinginput/nowhere: .*\(write the import path of a package the module can load\)`

// Package missinginput is an error case.
package missinginput
