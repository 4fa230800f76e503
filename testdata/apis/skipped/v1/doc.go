// Package v1 opts out of lister-gen and informer-gen: its +genclient type
// gets neither a lister nor an informer.
//
// +k8s:deepcopy-gen=package
// +k8s:lister-gen=false
// +k8s:informer-gen=false
// +groupName=skipped.example.com
package v1
