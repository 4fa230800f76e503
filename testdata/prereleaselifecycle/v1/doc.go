// +k8s:prerelease-lifecycle-gen=true
// +groupName=widgets.example.com

// Package v1 is a GA version: its types get Deprecated and Removed methods
// only when tagged.
package v1
