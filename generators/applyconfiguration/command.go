package applyconfiguration

import (
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// activationTag is the package tag that turns the generator off with
// "=false".
const activationTag = "k8s:applyconfiguration-gen"

// NewCommand returns applyconfiguration-gen with upstream's default flags,
// for the shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// Command returns applyconfiguration-gen with the given flags (a program
// that derives the OpenAPI schema in memory sets OpenAPISchemaData).
func Command(args *Args) *cli.Spec {
	return &cli.Spec{
		GeneratorName: Name,
		Flags:         args,
		Systems:       NameSystems,
		Order:         "public",
		Registry:      Registry,
		Build:         func(l *load.Loaded) ([]generator.Target, error) { return Targets(l, args) },
		Lint:          func() []string { return args.LintRules },
		Roots:         func() []cli.Root { return []cli.Root{{Dir: args.OutputDir, Flags: "--output-dir"}} },
		Owned:         func() []run.Scope { return []run.Scope{{Generator: Name, Dirs: []string{args.OutputDir}}} },
	}
}

// Registry declares the tags applyconfiguration-gen reads.
func Registry() *tags.Registry {
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{activationTag, "genclient"},
		Definitions: apigroup.Definitions(activationTag),
	}
}

// NameSystems returns applyconfiguration-gen's name systems: public
// ("Deployment"), private ("deployment") and raw.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{
		"public":  namer.NewPublicNamer(0),
		"private": namer.NewPrivateNamer(0),
		"raw":     namer.NewRawNamer("", nil),
	}
}
