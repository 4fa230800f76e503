// +k8s:prerelease-lifecycle-gen=true
// +groupName=widgets.example.com

// Package v1beta1 is a prerelease version: every type gets Deprecated and
// Removed, by default three and six minor releases after its introduction.
package v1beta1
