// +k8s:defaulter-gen=TypeMeta

// Package typetags is an error case.
package typetags
