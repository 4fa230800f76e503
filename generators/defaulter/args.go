// Package defaulter generates the object defaulters of Kubernetes-style API
// packages (SetObjectDefaults_<Type> and RegisterDefaults), byte for byte
// as k8s.io/code-generator's defaulter-gen v0.37 does.
package defaulter

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// Name is the generator's name, as written in the files it generates.
const Name = "defaulter-gen"

// Args are defaulter-gen's flags: upstream's in-place flags (FileFlags:
// --output-file, --go-header-file, --lint-rules), --extra-peer-dirs and
// --build-tag.
type Args struct {
	inplace.FileFlags
	// ExtraPeerDirs are import paths whose SetDefaults_ functions are also
	// considered, after the input packages'.
	ExtraPeerDirs []string
}

// NewArgs returns the defaults of upstream defaulter-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.defaults.go")}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	a.FileFlags.AddFlags(fs)
	fs.StringSliceVar(&a.ExtraPeerDirs, "extra-peer-dirs", a.ExtraPeerDirs,
		"Comma-separated list of import paths which are considered, after tag-specified peers, for conversions.")
	inplace.BuildTagFlag(fs, &a.BuildTag)
}

// Validate checks the flags.
func (a *Args) Validate() error {
	if err := a.FileFlags.Validate(); err != nil {
		return err
	}
	return inplace.CheckImportPaths("extra-peer-dirs", a.ExtraPeerDirs)
}
