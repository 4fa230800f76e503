// +k8s:defaulter-gen=TypeMeta

// Package nestedslices is an error case.
package nestedslices
