// +k8s:defaulter-gen=TypeMeta

// Package slicemaps is an error case.
package slicemaps
