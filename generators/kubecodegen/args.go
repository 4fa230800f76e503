package kubecodegen

import (
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
	"github.com/gengokit/gengokit/generators/register"
	"github.com/gengokit/gengokit/generators/validation"
)

// The generators' arguments, filled in Go with what kube_codegen.sh gives
// upstream's generators on their command lines. -v is not among them: it
// is klog's, set once for the run (see setVerbosity).

// list splits a comma-separated flag value as a string-list flag does.
func list(value string) []string {
	if value == "" {
		return []string{}
	}
	return strings.Split(value, ",")
}

// lint returns the lint rules every generator but openapi-gen is given.
func (o *options) lint() []string {
	if o.lintRules == "" {
		return nil
	}
	return list(o.lintRules)
}

// setFileFlags sets, on the flags of a generator that writes file into
// each package, those kube_codegen.sh gives it; the others (the build tag)
// keep the generator's defaults.
func (o *options) setFileFlags(f *inplace.FileFlags, file string) {
	f.OutputFile, f.GoHeaderFile, f.LintRules = file, o.boilerplate, o.lint()
}

func (o *options) deepcopyGen(file string) *cli.Spec {
	args := deepcopy.NewArgs()
	o.setFileFlags(&args.FileFlags, file)
	return deepcopy.Command(args)
}

// validationGen is validation-gen, with kube_codegen.sh's read-only
// packages.
func (o *options) validationGen(file string) *cli.Spec {
	args := validation.NewArgs()
	o.setFileFlags(&args.FileFlags, file)
	args.ReadOnlyPkgs = readOnlyPkgs()
	return validation.Command(args)
}

func (o *options) defaulterGen(file string) *cli.Spec {
	args := defaulter.NewArgs()
	o.setFileFlags(&args.FileFlags, file)
	return defaulter.Command(args)
}

// conversionGen is conversion-gen, with each --extra-peer-dir as
// --extra-peer-dirs.
func (o *options) conversionGen(file string) *cli.Spec {
	args := conversion.NewArgs()
	o.setFileFlags(&args.FileFlags, file)
	for _, d := range o.extraPeerDirs {
		args.ExtraPeerDirs = append(args.ExtraPeerDirs, list(d)...)
	}
	return conversion.Command(args)
}

func (o *options) registerGen(file string) *cli.Spec {
	args := register.NewArgs()
	o.setFileFlags(&args.FileFlags, file)
	return register.Command(args)
}

// openapiGen is openapi-gen writing file into outDir (import path
// outPkg); its API rule report goes to report, as a value, not to a file,
// and the models schema it derives to onSchema when that is not nil.
func (o *options) openapiGen(report *openapi.Report, onSchema func([]byte, error), file, outDir, outPkg string) *cli.Spec {
	args := openapi.NewArgs()
	args.OnModelsSchema = onSchema
	args.OutputFile, args.OutputDir, args.OutputPkg = file, outDir, outPkg
	args.GoHeaderFile = o.boilerplate
	args.OutputModelNameFile = o.outputModelNameFile
	args.ReadOnlyPkgs = readOnlyPkgs()
	return report.Command(args)
}

// clientGen is client-gen writing the clientset into outDir (import path
// outPkg) for the group versions gvs of the input directory.
func (o *options) clientGen(outDir, outPkg, applyconfigPkg string, gvs []string) *cli.Spec {
	args := client.NewArgs()
	args.OutputDir, args.OutputPkg = outDir, outPkg
	args.GoHeaderFile, args.LintRules = o.boilerplate, o.lint()
	args.ClientsetName = o.versionedName
	args.ApplyConfigurationPackage = applyconfigPkg
	args.InputBase = load.RealDir(o.inDir)
	args.Inputs = gvs
	args.PluralExceptions = list(o.pluralExceptions)
	args.PrefersProtobuf = o.prefersProtobuf
	return client.Command(args)
}

// applyconfigStep is applyconfiguration-gen's step; schema, when not nil,
// is the content of the models schema it reads: that of the file
// --applyconfig-openapi-schema names, or the one derived in memory.
func (o *options) applyconfigStep(outDir, outPkg string, schema []byte, inputs []string) step {
	args := applyconfiguration.NewArgs()
	args.OutputDir, args.OutputPkg = outDir, outPkg
	args.GoHeaderFile, args.LintRules = o.boilerplate, o.lint()
	args.ExternalApplyConfigurations = list(o.applyconfigExternals)
	args.OpenAPISchema, args.OpenAPISchemaData = o.applyconfigSchema, schema
	return step{gen: applyconfiguration.Command(args), patterns: inputs}
}

// watchSteps are lister-gen's and informer-gen's steps.
func (o *options) watchSteps(inputs []string) []step {
	listerArgs := lister.NewArgs()
	listerArgs.OutputDir, listerArgs.OutputPkg = filepath.Join(o.outDir, o.listersName), o.outPkg+"/"+o.listersName
	listerArgs.GoHeaderFile, listerArgs.LintRules = o.boilerplate, o.lint()
	listerArgs.PluralExceptions = list(o.pluralExceptions)
	informerArgs := informer.NewArgs()
	informerArgs.OutputDir, informerArgs.OutputPkg = filepath.Join(o.outDir, o.informersName), o.outPkg+"/"+o.informersName
	informerArgs.GoHeaderFile, informerArgs.LintRules = o.boilerplate, o.lint()
	informerArgs.VersionedClientSetPackage = o.outPkg + "/" + o.clientsetName + "/" + o.versionedName
	informerArgs.ListersPackage = o.outPkg + "/" + o.listersName
	informerArgs.PluralExceptions = list(o.pluralExceptions)
	return []step{
		{gen: lister.Command(listerArgs), patterns: inputs},
		{gen: informer.Command(informerArgs), patterns: inputs},
	}
}
