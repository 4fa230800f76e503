// Package v1 has a type of every shape go-to-protobuf turns into a
// message.
// +k8s:protobuf-gen=package
package v1
