// Package badvalue switches applyconfiguration-gen neither on nor off.
//
// +k8s:applyconfiguration-gen=maybe
// ^ want :4 `\+k8s:applyconfiguration-gen: unsupported value "maybe" on a package \(doc.go\) \(want "true" or "false"\)`
package badvalue
