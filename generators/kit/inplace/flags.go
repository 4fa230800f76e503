package inplace

import (
	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// FileFlags are the flags every in-place generator of upstream's has:
// embedded in a generator's Args, they give it AddFlags and Validate.
type FileFlags struct {
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

// AddFlags binds --output-file, --go-header-file and --lint-rules to fs.
func (f *FileFlags) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&f.OutputFile, "output-file", f.OutputFile, "the name of the file to be generated")
	cli.HeaderFlag(fs, &f.GoHeaderFile)
	cli.LintRulesFlag(fs, &f.LintRules)
}

// Validate checks that --output-file is a file name and that the lint
// rules exist.
func (f *FileFlags) Validate() error {
	if err := cli.FileName("output-file", f.OutputFile); err != nil {
		return err
	}
	return tags.CheckLintRules(f.LintRules)
}
