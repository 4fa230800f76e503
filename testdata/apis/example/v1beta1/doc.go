// Package v1beta1 is version v1beta1 of the example.com API group.
//
// +k8s:deepcopy-gen=package
// +groupName=example.com
package v1beta1
