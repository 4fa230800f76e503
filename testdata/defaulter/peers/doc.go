// +k8s:defaulter-gen=TypeMeta

// Package peers finds the defaulter of a type in a peer package
// (--extra-peer-dirs).
package peers
