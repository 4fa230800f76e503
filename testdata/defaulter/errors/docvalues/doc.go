// +k8s:defaulter-gen=true
// ^ want :4 `\+k8s:defaulter-gen: "true" opts one type in and belongs on that type; in doc.go write a field name \(e.g. TypeMeta\) or "false"`
// +k8s:defaulter-gen=Type-Meta
// ^ want :4 `\+k8s:defaulter-gen: "Type-Meta" is not a field name \(want one Go field name, e.g. TypeMeta, per line, or "false"\)`

// Package docvalues is an error case.
package docvalues
