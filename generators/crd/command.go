package crd

import (
	"fmt"
	"os"
	"strings"

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

// Args are the generator's flags: controller-gen's crd options.
type Args struct {
	// OutputDir is the directory the CRDs are written into.
	OutputDir string
	// MaxDescLen cuts descriptions to at most that many bytes
	// (controller-gen's crd:maxDescLen); negative keeps them whole.
	MaxDescLen int
	// AllowDangerousTypes, IgnoreUnexportedFields,
	// GenerateEmbeddedObjectMeta and CRDVersions are Options'.
	AllowDangerousTypes, IgnoreUnexportedFields, GenerateEmbeddedObjectMeta bool
	CRDVersions                                                             []string
	// HeaderFile is a file whose text goes at the top of every CRD, with
	// " YEAR" replaced by " "+Year (crd:headerFile and crd:year).
	HeaderFile, Year string
	// prefix is what BindFlags put before the flags' names, for errors.
	prefix string
}

// NewArgs returns the flags' defaults.
func NewArgs() *Args { return &Args{OutputDir: DefaultOutputDir, MaxDescLen: -1} }

// AddFlags binds the flags.
func (a *Args) AddFlags(fs *pflag.FlagSet) { a.BindFlags(fs, "") }

// BindFlags binds the flags, each name with prefix ("crd-" in
// kube-codegen).
func (a *Args) BindFlags(fs *pflag.FlagSet, prefix string) {
	a.prefix = prefix
	fs.StringVar(&a.OutputDir, prefix+"output-dir", a.OutputDir, "the directory the CustomResourceDefinitions are written into, one <group>_<plural>.yaml per kind")
	a.BindSchemaFlags(fs, prefix)
	fs.StringSliceVar(&a.CRDVersions, prefix+"versions", a.CRDVersions, "the apiextensions.k8s.io versions to write, comma-separated (crd:crdVersions; only v1, the default)")
	fs.StringVar(&a.HeaderFile, prefix+"header-file", a.HeaderFile, "a file whose text goes at the top of every CRD (crd:headerFile)")
	fs.StringVar(&a.Year, prefix+"year", a.Year, "the year that replaces \" YEAR\" in the header file (crd:year)")
}

// BindSchemaFlags binds the flags that shape the CRDs' schemas, each name
// with prefix: what a program that checks the CRDs rather than write
// them takes.
func (a *Args) BindSchemaFlags(fs *pflag.FlagSet, prefix string) {
	fs.IntVar(&a.MaxDescLen, prefix+"max-desc-len", a.MaxDescLen, "cut every description to at most that many bytes, as controller-gen's crd:maxDescLen (0 drops them; negative keeps them whole)")
	fs.BoolVar(&a.AllowDangerousTypes, prefix+"allow-dangerous-types", a.AllowDangerousTypes, "write float32 and float64 fields as numbers rather than refuse them (crd:allowDangerousTypes)")
	fs.BoolVar(&a.IgnoreUnexportedFields, prefix+"ignore-unexported-fields", a.IgnoreUnexportedFields, "leave unexported struct fields out of the schemas (crd:ignoreUnexportedFields)")
	fs.BoolVar(&a.GenerateEmbeddedObjectMeta, prefix+"generate-embedded-object-meta", a.GenerateEmbeddedObjectMeta, "give an ObjectMeta below a kind's root (a template's) the schema of its name, namespace, labels, annotations and finalizers (crd:generateEmbeddedObjectMeta)")
}

// Validate checks the flags.
func (a *Args) Validate() error {
	if a.OutputDir == "" {
		return fmt.Errorf("--%soutput-dir must name a directory", a.prefix)
	}
	if _, err := crdVersions(a.CRDVersions); err != nil {
		return fmt.Errorf("--%sversions: %w", a.prefix, err)
	}
	return nil
}

// Options returns the Options the flags ask for, reading the header file.
func (a *Args) Options() (Options, error) {
	opts := Options{OutputDir: a.OutputDir, MaxDescLen: a.MaxDescLen, AllowDangerousTypes: a.AllowDangerousTypes,
		IgnoreUnexportedFields: a.IgnoreUnexportedFields, GenerateEmbeddedObjectMeta: a.GenerateEmbeddedObjectMeta, CRDVersions: a.CRDVersions}
	if a.HeaderFile != "" {
		text, err := os.ReadFile(a.HeaderFile)
		if err != nil {
			return opts, fmt.Errorf("reading the CRD header file: %w", err)
		}
		opts.Header = []byte(strings.ReplaceAll(string(text), " YEAR", " "+a.Year))
	}
	return opts, nil
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
			opts, err := args.Options()
			if err == nil {
				files, err = Generate(l, opts)
			}
			return nil, err
		},
		Side:   func() ([]run.File, error) { return files, nil },
		Output: func() cli.Output { return cli.Output{Dir: args.OutputDir, Flags: "--crd-output-dir"} },
	}
}
