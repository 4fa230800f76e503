// +k8s:defaulter-gen=TypeMeta

// Package badjson is an error case.
package badjson
