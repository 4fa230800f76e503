// +k8s:prerelease-lifecycle-gen=true

// Package duplicate gives a release twice.
package duplicate
