// +k8s:validation-gen=*

// Package tags is an error case: validation tags used wrong, one per
// type (every type is a root type, and each reports its first problem).
package tags
