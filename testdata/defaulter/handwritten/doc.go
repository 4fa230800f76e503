// +k8s:defaulter-gen=TypeMeta

// Package handwritten has base, qualified and object defaulters written by hand.
package handwritten
