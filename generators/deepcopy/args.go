// Package deepcopy generates DeepCopy, DeepCopyInto and DeepCopy<Interface>
// methods for the types of Kubernetes-style API packages, byte for byte as
// k8s.io/code-generator's deepcopy-gen v0.37 does.
package deepcopy

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Name is the generator's name, as written in the files it generates.
const Name = "deepcopy-gen"

// Args are deepcopy-gen's flags.
type Args struct {
	// OutputFile is the name of the file written into each package, e.g.
	// "zz_generated.deepcopy.go".
	OutputFile string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// LintRules are the --lint-rules to apply to each input package.
	LintRules []string
	// Year replaces "YEAR" in the header; zero means the current year.
	// Tests set it so that goldens do not age.
	Year int
}

// NewArgs returns the defaults of upstream deepcopy-gen.
func NewArgs() *Args {
	return &Args{OutputFile: "generated.deepcopy.go"}
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
