// +k8s:conversion-gen=false

// Package v1 registers its hand-written conversions and generates none.
package v1
