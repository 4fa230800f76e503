// Package v1 is in the legacy core group: +groupName is empty.
//
// +k8s:deepcopy-gen=package
// +groupName=
package v1
