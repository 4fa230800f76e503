// +k8s:defaulter-gen=TypeMeta

// Package defaultapply is an error case.
package defaultapply
