// Package v1beta1 is a group named by +groupName: its kinds, sorted, the
// unexported one too, are registered under shop.example.com/v1beta1.
//
// +k8s:deepcopy-gen=package
// +groupName=shop.example.com
package v1beta1
