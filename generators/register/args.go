// Package register generates zz_generated.register.go: the GroupName,
// GroupVersion, SchemeGroupVersion, Resource, SchemeBuilder, AddToScheme
// and Install of an API package, and the addKnownTypes function that
// registers its kinds, byte for byte as k8s.io/code-generator's
// register-gen v0.37 does.
package register

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Name is the generator's name, as written in the files it generates.
const Name = "register-gen"

// Args are register-gen's flags.
type Args struct {
	// OutputFile is the name of the file written into each package, e.g.
	// "zz_generated.register.go".
	OutputFile string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// LintRules are the --lint-rules to apply to each input package.
	LintRules []string
	// Year replaces "YEAR" in the header; zero means the current year.
	// Tests set it so that goldens do not age.
	Year int
}

// NewArgs returns the defaults of upstream register-gen.
func NewArgs() *Args {
	return &Args{OutputFile: "generated.register.go"}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputFile, "output-file", a.OutputFile, "the name of the file to be generated")
	cli.HeaderFlag(fs, &a.GoHeaderFile)
	cli.LintRulesFlag(fs, &a.LintRules)
}

// Validate checks the flags.
func (a *Args) Validate() error {
	if err := cli.FileName("output-file", a.OutputFile); err != nil {
		return err
	}
	return tags.CheckLintRules(a.LintRules)
}
