// Package v1 is version v1 of the shared.example.com API group: types that
// the shapes group refers to, without +genclient types of its own.
//
// +k8s:deepcopy-gen=package
// +groupName=shared.example.com
package v1
