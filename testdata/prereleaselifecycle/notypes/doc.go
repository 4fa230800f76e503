// +k8s:prerelease-lifecycle-gen=true

// Package notypes is enabled but has no type that embeds TypeMeta.
package notypes
