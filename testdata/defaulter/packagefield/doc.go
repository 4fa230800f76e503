// +k8s:defaulter-gen=TypeMeta

// Package packagefield gets an object defaulter for every struct with a
// TypeMeta field that has something to default.
package packagefield
