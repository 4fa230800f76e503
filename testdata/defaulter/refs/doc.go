// +k8s:defaulter-gen=TypeMeta

// Package refs defaults fields with ref() to constants.
package refs
