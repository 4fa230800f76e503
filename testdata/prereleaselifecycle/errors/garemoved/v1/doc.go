// +k8s:prerelease-lifecycle-gen=true

// Package v1 is a GA version, which has no default deprecation.
package v1
