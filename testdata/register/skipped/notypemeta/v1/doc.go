// Package v1 names a group but has no type with a TypeMeta: register-gen
// skips it.
//
// +groupName=plain.example.com
package v1
