// +k8s:validation-gen=*

// Package v1 is an error case: what upstream's lint rules refuse, in a
// stable API version.
package v1
