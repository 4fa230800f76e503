// +k8s:deepcopy-gen=pakage
// ^ want :4 `unsupported value "pakage" in doc.go \(want "package" or "false"`

// Package badvalue misspells the package tag's value.
package badvalue
