// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=./types
// ^ want :4 `\+k8s:defaulter-gen-input: "./types" is not an import path; write the package's full import path \(e.g. k8s.io/api/core/v1\)`

// Package badinput is an error case.
package badinput
