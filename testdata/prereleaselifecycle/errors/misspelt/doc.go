// +k8s:prerelease-lifecycle-gen=true

// Package misspelt misspells a lifecycle tag.
package misspelt
