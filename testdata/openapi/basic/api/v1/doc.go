// Package v1 holds plain structs: scalars, pointers, descriptions, JSON
// names, optional and required fields.
//
// +k8s:openapi-gen=true
package v1
