package cli

import (
	"strings"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Flags are a generator's own flags.
type Flags interface {
	// AddFlags binds the flags to fs.
	AddFlags(fs *pflag.FlagSet)
	// Validate checks them before anything is loaded.
	Validate() error
}

// Spec describes a generator to the runner, which reads it directly: its
// name, flags, name systems, tags and targets, and the optional parts, nil
// when a generator lacks them. A generator package's NewCommand returns
// one; cmd/<name>-gen's main hands it to Main.
type Spec struct {
	// Name is the generator's name, e.g. "lister-gen", as written into the
	// files it generates.
	Name string
	// Summary says in one sentence, following the name, what the command
	// is for, e.g. "generates listers ...": the first line of --help.
	Summary string
	// Flags are the generator's own flags.
	Flags Flags
	// NameSystems returns the name systems, called after Flags.Validate.
	NameSystems func() namer.NameSystems
	// Order names the system that orders the types, e.g. "public".
	Order string
	// Registry returns the tags the generator reads, for --help.
	Registry func() *tags.Registry
	// Targets decides what to generate from a loaded universe, returning
	// every problem as a positioned error.
	Targets func(*load.Loaded) ([]generator.Target, error)
	// LintRules, when set, returns the rules --lint-rules enables (after
	// Validate); the runner applies them once per input package.
	LintRules func() []string
	// Inputs, when set, returns the input packages named by flags (after
	// Validate, client-gen's --input), loaded instead of package patterns,
	// which are refused.
	Inputs func() []string
	// Output, when set, returns the directory the generator writes below,
	// beside its input packages (after Validate).
	Output func() Output
	// Side, when set, returns the files the generator writes beside its
	// Go files (after Targets): files that are not Go, such as openapi-gen's
	// API rule report, written where a flag says; they are neither
	// formatted nor confined to the output directories.
	Side func() ([]run.File, error)
}

// Output is the directory a generator writes below, beside its input
// packages.
type Output struct {
	// Dir is the directory, e.g. the value of --output-dir; every file the
	// generator writes outside its input packages must be below it.
	Dir string
	// Flags names the flags that decide what is written below Dir, e.g.
	// "--output-dir, --clientset-name", for the error when a file is not.
	Flags string
	// Owned, when set, is the directory where the generator's earlier
	// output lies, all of it its own: --verify-only reports the files there
	// that the run would no longer generate.
	Owned string
}

// OutputDirFlag returns the Output of a generator that writes below
// --output-dir and owns everything there; dir is the flag's variable, read
// once the flags are parsed.
func OutputDirFlag(dir *string) func() Output {
	return func() Output { return Output{Dir: *dir, Flags: "--output-dir", Owned: *dir} }
}

// OwnedScopes returns where s's earlier output lies, if it says.
func OwnedScopes(s *Spec) []run.Scope {
	if s.Output == nil {
		return nil
	}
	if out := s.Output(); out.Owned != "" {
		return []run.Scope{{Generator: s.Name, Dirs: []string{out.Owned}}}
	}
	return nil
}

// ReadsPatterns reports whether s takes its packages as patterns
// (arguments and -i), which all generators but client-gen do.
func ReadsPatterns(s *Spec) bool { return s.Inputs == nil }

// HeaderFlag binds --go-header-file, as every generator has it.
func HeaderFlag(fs *pflag.FlagSet, file *string) {
	fs.StringVar(file, "go-header-file", *file,
		"the path to a file containing boilerplate header text; the string \"YEAR\" will be replaced with the current 4-digit year")
}

// LintRulesFlag binds --lint-rules, as every generator has it.
func LintRulesFlag(fs *pflag.FlagSet, rules *[]string) {
	fs.StringSliceVar(rules, "lint-rules", *rules,
		"Comma-separated list of tag-checking lint rules to enable. Supports: "+strings.Join(tags.LintRules(), ","))
}

// PluralExceptionsFlag binds --plural-exceptions.
func PluralExceptionsFlag(fs *pflag.FlagSet, entries *[]string) {
	fs.StringSliceVar(entries, "plural-exceptions", *entries,
		"list of comma separated plural exception definitions in Type:PluralizedType format")
}
