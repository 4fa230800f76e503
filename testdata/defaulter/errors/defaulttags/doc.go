// +k8s:defaulter-gen=TypeMeta

// Package defaulttags is an error case.
package defaulttags
