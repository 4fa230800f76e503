// +k8s:defaulter-gen=TypeMeta

// Package nested reaches defaulters through pointers, slices, maps and
// embedded structs.
package nested
