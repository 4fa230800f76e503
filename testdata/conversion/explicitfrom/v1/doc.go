// +k8s:conversion-gen=false

// Package v1 converts query parameters into options.
package v1
