// Package example holds the internal (hub) types of the example.com API
// group: their ObjectMeta has no json tag.
//
// +k8s:deepcopy-gen=package
// +groupName=example.com
package example
