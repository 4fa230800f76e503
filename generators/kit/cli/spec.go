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

// Spec is a Generator made of plain parts, which is all a generator
// package needs to hand the runner.
type Spec struct {
	// GeneratorName is the name written into generated files, e.g. "lister-gen".
	GeneratorName string
	// Flags are the generator's own flags.
	Flags Flags
	// Systems returns the name systems, called after Flags.Validate.
	Systems func() namer.NameSystems
	// Order names the system that orders the types, e.g. "public".
	Order string
	// Registry returns the tags the generator reads.
	Registry func() *tags.Registry
	// Build decides what to generate.
	Build func(*load.Loaded) ([]generator.Target, error)
	// Inputs, when set, returns the input packages named by flags (after
	// Validate), loaded instead of package patterns, which are refused.
	Inputs func() []string
	// Lint, when set, returns the rules --lint-rules enables (after
	// Validate); the runner applies them once per input package.
	Lint func() []string
	// Roots, when set, returns the directories (beside the input
	// packages) the generator's files must stay within (after Validate).
	Roots func() []Root
	// Side, when set, returns the files the generator writes beside its
	// Go files (after Build): files that are not Go, such as openapi-gen's
	// API rule report, written where a flag says; they are neither
	// formatted nor confined to the output directories.
	Side func() ([]run.File, error)
	// Owned, when set, returns where the generator's earlier output lies
	// (after Validate): --verify-only reports the files there that the run
	// would no longer generate.
	Owned func() []run.Scope
}

// OwnedScopes returns where the generator's earlier output lies.
func (s *Spec) OwnedScopes() []run.Scope {
	if s.Owned == nil {
		return nil
	}
	return s.Owned()
}

// SideFiles returns the files the generator writes beside its Go files.
func (s *Spec) SideFiles() ([]run.File, error) {
	if s.Side == nil {
		return nil, nil
	}
	return s.Side()
}

// OutputRoots returns the directories the generator writes below.
func (s *Spec) OutputRoots() []Root {
	if s.Roots == nil {
		return nil
	}
	return s.Roots()
}

// LintRules returns the rules --lint-rules enables.
func (s *Spec) LintRules() []string {
	if s.Lint == nil {
		return nil
	}
	return s.Lint()
}

// ReadsPatterns reports whether the generator takes package patterns: it
// does unless its flags name its inputs.
func (s *Spec) ReadsPatterns() bool { return s.Inputs == nil }

// InputPackages returns the packages the flags name, if any.
func (s *Spec) InputPackages() []string {
	if s.Inputs == nil {
		return nil
	}
	return s.Inputs()
}

// Name returns the generator's name.
func (s *Spec) Name() string { return s.GeneratorName }

// AddFlags binds the generator's flags.
func (s *Spec) AddFlags(fs *pflag.FlagSet) { s.Flags.AddFlags(fs) }

// Validate checks the generator's flags.
func (s *Spec) Validate() error { return s.Flags.Validate() }

// NameSystems returns the generator's name systems.
func (s *Spec) NameSystems() namer.NameSystems { return s.Systems() }

// DefaultNameSystem names the system that orders types.
func (s *Spec) DefaultNameSystem() string { return s.Order }

// Tags returns the generator's tag registry.
func (s *Spec) Tags() *tags.Registry { return s.Registry() }

// Targets decides what to generate.
func (s *Spec) Targets(l *load.Loaded) ([]generator.Target, error) { return s.Build(l) }

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
