// +k8s:defaulter-gen=TypeMeta

// Package typeoptin opts types in and out of object defaulters.
package typeoptin
