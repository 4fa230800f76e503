// Package v1 names a group but switches register-gen off.
//
// +k8s:deepcopy-gen=package
// +k8s:register-gen=false
// +groupName=off.example.com
package v1
