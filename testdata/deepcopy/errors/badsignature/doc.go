// +k8s:deepcopy-gen=package

// Package badsignature has a hand-written DeepCopy with the wrong signature.
package badsignature
