// Package other has no model package of its own, but one of its types
// has one.
//
// +k8s:openapi-gen=true
package other
