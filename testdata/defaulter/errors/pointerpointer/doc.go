// +k8s:defaulter-gen=TypeMeta

// Package pointerpointer is an error case.
package pointerpointer
