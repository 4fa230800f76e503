// +k8s:conversion-gen=false

// Package v1 converts from an unsupported type.
package v1
