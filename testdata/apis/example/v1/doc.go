// Package v1 is version v1 of the example.com API group, the input of the
// lister-gen and informer-gen golden cases.
//
// +k8s:deepcopy-gen=package
// +groupName=example.com
package v1
