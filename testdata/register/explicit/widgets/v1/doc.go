// Package v1 asks for the file with +k8s:register-gen=true and names no
// group: the group is the directory above the version, "widgets".
//
// +k8s:deepcopy-gen=package
// +k8s:register-gen=true
package v1
