// +k8s:defaulter-gen=TypeMeta

// Package badsignature is an error case.
package badsignature
