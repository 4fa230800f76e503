// +k8s:defaulter-gen=TypeMeta

// Package literals defaults fields with +default JSON literals.
package literals
