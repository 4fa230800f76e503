// Package lister generates listers: typed, read-only views of an informer's
// cache for every +genclient type, byte for byte as k8s.io/code-generator's
// lister-gen v0.37 does.
package lister

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/gomod"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Name is the generator's name, as written in the files it generates.
const Name = "lister-gen"

// Args are lister-gen's flags.
type Args struct {
	// OutputDir is the directory the listers go under, e.g. "./listers".
	OutputDir string
	// OutputPkg is the import path of OutputDir, e.g. "k8s.io/client-go/listers".
	OutputPkg string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// PluralExceptions are "Type:Plural" entries, e.g. "Endpoints:Endpoints".
	PluralExceptions []string
	// LintRules are the --lint-rules to apply to each input package.
	LintRules []string
	// Year replaces "YEAR" in the header; zero means the current year.
	Year int

	plurals map[string]string // PluralExceptions, parsed by Validate
}

// NewArgs returns the defaults of upstream lister-gen.
func NewArgs() *Args { return &Args{} }

// NewCommand returns lister-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates listers: typed, read-only access to the objects of API packages held in an informer's indexer."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(a *Args) *cli.Spec {
	return &cli.Spec{Name: Name, Summary: summary, Flags: a, NameSystems: a.nameSystems, Order: "public", Registry: Registry, Targets: a.targets,
		LintRules: func() []string { return a.LintRules }, Output: cli.OutputDirFlag(&a.OutputDir)}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "the base directory under which to generate results")
	fs.StringVar(&a.OutputPkg, "output-pkg", a.OutputPkg, "the base Go import-path under which to generate results")
	cli.PluralExceptionsFlag(fs, &a.PluralExceptions)
	cli.HeaderFlag(fs, &a.GoHeaderFile)
	cli.LintRulesFlag(fs, &a.LintRules)
}

// Validate checks the flags before anything is loaded.
func (a *Args) Validate() error {
	if a.OutputDir == "" {
		return errors.New("--output-dir must be specified: the directory the listers are written under")
	}
	if a.OutputPkg == "" {
		return errors.New("--output-pkg must be specified: the Go import path of --output-dir")
	}
	if err := cli.CheckOutputPkgInModule(a.OutputDir, a.OutputPkg); err != nil {
		return err
	}
	plurals, err := apigroup.ParsePluralExceptions(a.PluralExceptions)
	if err != nil {
		return err
	}
	a.plurals = plurals
	if err := tags.CheckLintRules(a.LintRules); err != nil {
		return err
	}
	return gomod.Check(a.OutputDir, Name, "k8s.io/client-go/listers.ResourceIndexer", gomod.Kube(clientGoMinimum)...)
}

// clientGoMinimum is the first k8s.io/client-go release with everything
// the listers use: its generic listers.ResourceIndexer came in v0.31.0.
const clientGoMinimum = "v0.31.0"
