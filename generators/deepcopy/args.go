// Package deepcopy generates DeepCopy, DeepCopyInto and DeepCopy<Interface>
// methods for the types of Kubernetes-style API packages, byte for byte as
// k8s.io/code-generator's deepcopy-gen v0.37 does.
package deepcopy

import "github.com/gengokit/gengokit/generators/kit/inplace"

// Name is the generator's name, as written in the files it generates.
const Name = "deepcopy-gen"

// Args are deepcopy-gen's flags: upstream's in-place flags, as FileFlags gives
// them (--output-file, --go-header-file, --lint-rules).
type Args struct {
	inplace.FileFlags
}

// NewArgs returns the defaults of upstream deepcopy-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.deepcopy.go")}
}
