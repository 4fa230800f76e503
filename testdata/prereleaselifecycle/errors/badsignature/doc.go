// +k8s:prerelease-lifecycle-gen=true

// Package badsignature has a hand-written lifecycle method with the wrong signature.
package badsignature
