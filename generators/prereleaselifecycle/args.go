// Package prereleaselifecycle generates the APILifecycleIntroduced,
// APILifecycleDeprecated, APILifecycleRemoved and APILifecycleReplacement
// methods of Kubernetes-style API types, byte for byte as
// k8s.io/code-generator's prerelease-lifecycle-gen v0.37 does.
package prereleaselifecycle

import "github.com/gengokit/gengokit/generators/kit/inplace"

// Name is the generator's name, as written in the files it generates.
const Name = "prerelease-lifecycle-gen"

// Args are prerelease-lifecycle-gen's flags: upstream's in-place flags, as FileFlags gives
// them (--output-file, --go-header-file, --lint-rules).
type Args struct {
	inplace.FileFlags
}

// NewArgs returns the defaults of upstream prerelease-lifecycle-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.prerelease_lifecycle.go")}
}
