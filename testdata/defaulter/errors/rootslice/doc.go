// +k8s:defaulter-gen=TypeMeta

// Package rootslice is an error case.
package rootslice
