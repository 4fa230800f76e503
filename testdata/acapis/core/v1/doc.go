// Package v1 is in the legacy core group (an empty +groupName): its
// objects' apiVersion is just "v1".
//
// +k8s:deepcopy-gen=package
// +groupName=
package v1
