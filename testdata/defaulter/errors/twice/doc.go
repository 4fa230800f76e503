// +k8s:defaulter-gen=TypeMeta

// Package twice is an error case.
package twice
