// +k8s:defaulter-gen=TypeMeta

// Package functags is an error case.
package functags
