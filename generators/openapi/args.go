package openapi

import (
	"errors"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// Name is the generator's name, as written in the files it generates.
const Name = "openapi-gen"

// Args are openapi-gen's flags, with upstream's names and defaults.
type Args struct {
	// OutputDir is the directory zz_generated.openapi.go goes into, e.g.
	// "pkg/generated/openapi".
	OutputDir string
	// OutputPkg is the import path of OutputDir, e.g.
	// "k8s.io/kubernetes/pkg/generated/openapi".
	OutputPkg string
	// OutputFile is the name of the definitions file, e.g.
	// "zz_generated.openapi.go".
	OutputFile string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// ReportFilename is where the API rule violations are written; "-"
	// is standard output.
	ReportFilename string
	// OutputModelNameFile, when set, is the name of the model-name file
	// written into each input package with +k8s:openapi-model-package,
	// e.g. "zz_generated.model_name.go".
	OutputModelNameFile string
	// ReadOnlyPkgs are input packages that get no model-name file, e.g.
	// "k8s.io/apimachinery/pkg/apis/meta/v1".
	ReadOnlyPkgs []string
	// FailOnViolations (ours) makes each API rule violation an error at
	// its field: the run exits 1 and writes nothing, the report included.
	FailOnViolations bool
	// Year replaces "YEAR" in the header; zero means the current year.
	Year int
	// OnModelsSchema, when set, is called with the models schema of the
	// run's definitions (the document ModelsSchema returns for the
	// generated GetOpenAPIDefinitions), or why it cannot be derived, once
	// the definitions are built without problems: kube-codegen's "all"
	// gives it to the apply configurations.
	OnModelsSchema func(data []byte, err error)
}

// NewArgs returns the defaults of upstream openapi-gen.
func NewArgs() *Args {
	return &Args{OutputFile: "generated.openapi.go", ReportFilename: "-"}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "the base directory under which to generate results")
	fs.StringVar(&a.OutputPkg, "output-pkg", a.OutputPkg, "the base Go import-path under which to generate results")
	fs.StringVar(&a.OutputFile, "output-file", a.OutputFile, "the name of the file to be generated")
	fs.StringVar(&a.OutputModelNameFile, "output-model-name-file", a.OutputModelNameFile,
		"the name of the file of OpenAPIModelName methods written into each package with a +k8s:openapi-model-package tag; empty writes none, and schemas are named after Go types")
	fs.StringSliceVar(&a.ReadOnlyPkgs, "readonly-pkg", a.ReadOnlyPkgs,
		"input packages that are read-only dependencies: no model-name file is written into them; repeatable")
	cli.HeaderFlag(fs, &a.GoHeaderFile)
	fs.StringVarP(&a.ReportFilename, "report-filename", "r", a.ReportFilename,
		"the file the API rule violations are written to; \"-\" is standard output. Violations do not fail the run unless --fail-on-violations is given")
	fs.BoolVar(&a.FailOnViolations, "fail-on-violations", a.FailOnViolations,
		"make each API rule violation an error at its field: exit 1, nothing written (the report included)")
}

// Validate checks the flags before anything is loaded.
func (a *Args) Validate() error {
	switch {
	case a.OutputDir == "":
		return errors.New("--output-dir must be specified: the directory the OpenAPI definitions file is written into")
	case a.OutputPkg == "":
		return errors.New("--output-pkg must be specified: the Go import path of --output-dir")
	case a.ReportFilename == "":
		return errors.New("--report-filename must be specified (use \"-\" for standard output)")
	}
	if err := cli.CheckOutputPkgInModule(a.OutputDir, a.OutputPkg); err != nil {
		return err
	}
	if err := cli.FileName("output-file", a.OutputFile); err != nil {
		return err
	}
	if a.OutputModelNameFile != "" {
		return cli.FileName("output-model-name-file", a.OutputModelNameFile)
	}
	return nil
}
