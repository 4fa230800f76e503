// Package v1 has kinds but neither +groupName nor +k8s:register-gen.
//
// +k8s:deepcopy-gen=package
package v1
