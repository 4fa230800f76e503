// Package register generates zz_generated.register.go: the GroupName,
// GroupVersion, SchemeGroupVersion, Resource, SchemeBuilder, AddToScheme
// and Install of an API package, and the addKnownTypes function that
// registers its kinds, byte for byte as k8s.io/code-generator's
// register-gen v0.37 does.
package register

import "github.com/gengokit/gengokit/generators/kit/inplace"

// Name is the generator's name, as written in the files it generates.
const Name = "register-gen"

// Args are register-gen's flags: upstream's in-place flags, as FileFlags gives
// them (--output-file, --go-header-file, --lint-rules).
type Args struct {
	inplace.FileFlags
}

// NewArgs returns the defaults of upstream register-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.register.go")}
}
