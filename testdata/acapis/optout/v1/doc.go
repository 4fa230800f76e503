// Package v1 opts out of applyconfiguration-gen.
//
// +k8s:deepcopy-gen=package
// +k8s:applyconfiguration-gen=false
// +groupName=optout.example.com
package v1
