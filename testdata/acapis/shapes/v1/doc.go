// Package v1 is version v1 of the shapes.example.com API group, an input of
// the applyconfiguration-gen golden cases: a field of every shape, types
// that can and cannot be applied, and types no apply configuration reaches.
//
// +k8s:deepcopy-gen=package
// +groupName=shapes.example.com
package v1
