// +k8s:prerelease-lifecycle-gen=true

// Package handwritten has types whose authors wrote some lifecycle methods.
package handwritten
