package crd

import (
	"errors"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// Name is the generator's name, as kube-codegen's progress lines give it.
const Name = "crd"

// Marker is the line that marks a CRD file as generated: the annotation
// line controller-gen (and this generator) writes.
const Marker = "    " + VersionAnnotation + ": " + ControllerGenVersion

// DefaultOutputDir is where the CRDs go unless --crd-output-dir says.
const DefaultOutputDir = "config/crd"

// Args are the generator's flags.
type Args struct {
	// OutputDir is the directory the CRDs are written into.
	OutputDir string
	// MaxDescLen cuts descriptions to at most that many bytes
	// (controller-gen's crd:maxDescLen); negative keeps them whole.
	MaxDescLen int
}

// AddFlags binds the flags.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "the directory the CustomResourceDefinitions are written into")
	fs.IntVar(&a.MaxDescLen, "max-desc-len", a.MaxDescLen, "cut every description to at most that many bytes, as controller-gen's crd:maxDescLen (0 drops them; negative keeps them whole)")
}

// Validate checks the flags.
func (a *Args) Validate() error {
	if a.OutputDir == "" {
		return errors.New("--output-dir must name a directory")
	}
	return nil
}

// Command returns the generator, writing into args.OutputDir.
func Command(args *Args) *cli.Spec {
	var files []run.File // what Targets generated, for Side to return
	return &cli.Spec{
		Name:        Name,
		Summary:     "generates the CustomResourceDefinitions of the kinds of API packages, as controller-gen v0.23 crd does.",
		Flags:       args,
		NameSystems: func() namer.NameSystems { return namer.NameSystems{"public": namer.NewPublicNamer(0)} },
		Order:       "public",
		Registry:    Registry,
		Targets: func(l *load.Loaded) ([]generator.Target, error) {
			var err error
			files, err = Generate(l, Options{OutputDir: args.OutputDir, MaxDescLen: args.MaxDescLen})
			return nil, err
		},
		Side:   func() ([]run.File, error) { return files, nil },
		Output: func() cli.Output { return cli.Output{Dir: args.OutputDir, Flags: "--crd-output-dir"} },
	}
}
