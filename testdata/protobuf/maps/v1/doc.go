// Package v1 has maps with string keys and a value of every kind
// go-to-protobuf writes.
// +k8s:protobuf-gen=package
package v1
