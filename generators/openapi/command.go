package openapi

import (
	"k8s.io/gengo/v2/generator"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// NewCommand returns openapi-gen with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the OpenAPI definitions (GetOpenAPIDefinitions) of the types of API packages."

// Command returns openapi-gen with the given flags.
func Command(args *Args) *cli.Spec {
	var violations []violation // what Build found, for Side to report
	return &cli.Spec{
		Name:        Name,
		Summary:     summary,
		Flags:       args,
		NameSystems: NameSystems,
		Order:       DefaultNameSystem(),
		Registry:    Registry,
		Targets: func(l *load.Loaded) ([]generator.Target, error) {
			targets, found, err := build(l, args)
			violations = found
			return targets, err
		},
		Side:   func() ([]run.File, error) { return reportFiles(args.ReportFilename, violations) },
		Output: func() cli.Output { return cli.Output{Dir: args.OutputDir, Flags: "--output-dir, --output-file"} },
		// A report printed ("-") or written to a device is no file the
		// cache of runs could confirm: such a run is not remembered.
		Uncached: func() bool { return !regularReport(args.ReportFilename) },
	}
}
