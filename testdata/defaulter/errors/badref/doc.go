// +k8s:defaulter-gen=TypeMeta

// Package badref is an error case.
package badref
