// Package conversion generates the conversion functions between the
// versions of Kubernetes-style API types (autoConvert_*, Convert_* and
// RegisterConversions), byte for byte as k8s.io/code-generator's
// conversion-gen v0.37 does, and fails, at the field's file:line:col,
// where upstream would write code that does not compile.
package conversion

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// Name is the generator's name, as written in the files it generates.
const Name = "conversion-gen"

// DefaultBasePeerDirs are the packages whose hand-written conversions
// nearly every API package uses: those of k8s.io/apimachinery.
func DefaultBasePeerDirs() []string {
	return []string{
		"k8s.io/apimachinery/pkg/apis/meta/v1",
		"k8s.io/apimachinery/pkg/conversion",
		"k8s.io/apimachinery/pkg/runtime",
	}
}

// Args are conversion-gen's flags: upstream's in-place flags (FileFlags:
// --output-file, --go-header-file, --lint-rules), the peer dirs,
// --skip-unsafe and --build-tag.
type Args struct {
	inplace.FileFlags
	// BasePeerDirs are import paths whose hand-written Convert_ functions
	// are considered after the tag-specified peers.
	BasePeerDirs []string
	// ExtraPeerDirs are application-specific import paths considered
	// after BasePeerDirs, e.g. "k8s.io/api/core/v1".
	ExtraPeerDirs []string
	// SkipUnsafe turns off the unsafe.Pointer fast path for types of
	// identical memory layout.
	SkipUnsafe bool
}

// NewArgs returns the defaults of upstream conversion-gen.
func NewArgs() *Args {
	return &Args{FileFlags: inplace.NewFileFlags("generated.conversion.go"), BasePeerDirs: DefaultBasePeerDirs()}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	a.FileFlags.AddFlags(fs)
	fs.StringSliceVar(&a.BasePeerDirs, "base-peer-dirs", a.BasePeerDirs,
		"Comma-separated list of apimachinery import paths which are considered, after tag-specified peers, for conversions. Only change these if you have very good reasons.")
	fs.StringSliceVar(&a.ExtraPeerDirs, "extra-peer-dirs", a.ExtraPeerDirs,
		"Application specific comma-separated list of import paths which are considered, after tag-specified peers and base-peer-dirs, for conversions.")
	fs.BoolVar(&a.SkipUnsafe, "skip-unsafe", a.SkipUnsafe,
		"If true, will not generate code using unsafe pointer conversions; resulting code may be slower.")
	inplace.BuildTagFlag(fs, &a.BuildTag)
}

// Validate checks the flags.
func (a *Args) Validate() error {
	if err := a.FileFlags.Validate(); err != nil {
		return err
	}
	if err := inplace.CheckImportPaths("base-peer-dirs", a.BasePeerDirs); err != nil {
		return err
	}
	return inplace.CheckImportPaths("extra-peer-dirs", a.ExtraPeerDirs)
}
