package informer

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// NewCommand returns informer-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// Command returns informer-gen with the given flags (a program that fills
// them in Go, as kube-codegen does).
func Command(args *Args) *cli.Spec {
	return &cli.Spec{
		GeneratorName: Name,
		Flags:         args,
		Systems:       func() namer.NameSystems { return NameSystems(args.plurals) },
		Order:         "public",
		Registry:      Registry,
		Build:         func(l *load.Loaded) ([]generator.Target, error) { return Targets(l, args) },
		Lint:          func() []string { return args.LintRules },
		Roots:         func() []cli.Root { return []cli.Root{{Dir: args.OutputDir, Flags: "--output-dir"}} },
		Owned:         func() []run.Scope { return []run.Scope{{Generator: Name, Dirs: []string{args.OutputDir}}} },
	}
}
