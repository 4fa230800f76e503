// Package v1 is version v1 of the other.example.com API group, whose Go
// name is set with +groupGoName.
//
// +k8s:deepcopy-gen=package
// +groupName=other.example.com
// +groupGoName=OtherGroup
package v1
