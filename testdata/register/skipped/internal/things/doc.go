// Package things is an internal (hub) version: its TypeMeta has no json
// tag, and register-gen skips it.
//
// +k8s:deepcopy-gen=package
// +groupName=things.example.com
package things
