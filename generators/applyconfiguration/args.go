// Package applyconfiguration generates apply configurations: for every
// struct reachable from a +genclient type that can be applied, a
// <Type>ApplyConfiguration with With* builders, constructors and, given an
// OpenAPI schema, Extract<Type> functions; plus utils.go (ForKind and
// NewTypeConverter) and internal/internal.go (the schema the Extract
// functions parse), byte for byte as k8s.io/code-generator's
// applyconfiguration-gen v0.37 does.
package applyconfiguration

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/gomod"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Name is the generator's name, as written in the files it generates.
const Name = "applyconfiguration-gen"

// The flags whose values Validate reads.
const (
	flagExternal = "external-applyconfigurations"
	flagSchema   = "openapi-schema"
)

// Args are applyconfiguration-gen's flags.
type Args struct {
	// OutputDir is the directory the apply configurations go under, e.g.
	// "./applyconfigurations".
	OutputDir string
	// OutputPkg is the import path of OutputDir, e.g.
	// "k8s.io/client-go/applyconfigurations".
	OutputPkg string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// ExternalApplyConfigurations are "<package>.<Type>:<applyconfiguration package>"
	// entries for types whose apply configurations are generated elsewhere,
	// e.g. "k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1".
	ExternalApplyConfigurations []string
	// OpenAPISchema is the path of an OpenAPI v2 document (JSON) that
	// describes the types; when set, Extract<Type> functions are generated.
	OpenAPISchema string
	// OpenAPISchemaData, when set, is the document itself, used instead of
	// reading OpenAPISchema: a program that derives the schema in memory
	// hands it over this way, with OpenAPISchema empty, or reads the file
	// itself, and OpenAPISchema then names it in errors.
	OpenAPISchemaData []byte
	// LintRules are the --lint-rules to apply to each input package.
	LintRules []string
	// Year replaces "YEAR" in the header; zero means the current year.
	Year int

	externals map[types.Name]string // the defaults plus ExternalApplyConfigurations, by Validate
	schema    *openAPIDoc           // OpenAPISchema, read by Validate; nil without one
}

// NewArgs returns the defaults of upstream applyconfiguration-gen.
func NewArgs() *Args { return &Args{} }

// NewCommand returns applyconfiguration-gen with upstream's default flags,
// for the shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates apply configurations: typed builders of server-side apply requests for the types of API packages."

// Command returns applyconfiguration-gen with the given flags (a program
// that derives the OpenAPI schema in memory sets OpenAPISchemaData).
func Command(a *Args) *cli.Spec {
	return &cli.Spec{Name: Name, Summary: summary, Flags: a, NameSystems: NameSystems, Order: "public", Registry: Registry,
		Targets:   func(l *load.Loaded) ([]generator.Target, error) { return Targets(l, a) },
		LintRules: func() []string { return a.LintRules }, Output: cli.OutputDirFlag(&a.OutputDir)}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "the base directory under which to generate results")
	fs.StringVar(&a.OutputPkg, "output-pkg", a.OutputPkg, "the Go import-path of the generated results")
	cli.HeaderFlag(fs, &a.GoHeaderFile)
	fs.StringSliceVar(&a.ExternalApplyConfigurations, flagExternal, a.ExternalApplyConfigurations,
		"list of comma separated external apply configurations locations in <type-package>.<type-name>:<applyconfiguration-package> form."+
			"For example: k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1")
	fs.StringVar(&a.OpenAPISchema, flagSchema, a.OpenAPISchema,
		"path to the openapi schema containing all the types that apply configurations will be generated for")
	cli.LintRulesFlag(fs, &a.LintRules)
}

// Validate checks the flags, and reads the OpenAPI schema, before anything
// is loaded.
func (a *Args) Validate() error {
	switch {
	case a.OutputDir == "":
		return errors.New("--output-dir must be specified: the directory the apply configurations are written under")
	case a.OutputPkg == "":
		return errors.New("--output-pkg must be specified: the Go import path of --output-dir")
	}
	if err := cli.CheckOutputPkg(a.OutputDir, a.OutputPkg); err != nil {
		return err
	}
	if err := tags.CheckLintRules(a.LintRules); err != nil {
		return err
	}
	externals, err := parseExternals(a.ExternalApplyConfigurations)
	if err != nil {
		return err
	}
	a.externals = externals
	a.schema = nil
	switch {
	case a.OpenAPISchemaData != nil:
		a.schema, err = parseOpenAPI(schemaName(a.OpenAPISchema), a.OpenAPISchemaData)
	case a.OpenAPISchema != "":
		a.schema, err = readOpenAPI(a.OpenAPISchema)
	}
	if err != nil {
		return err
	}
	return gomod.Check(a.OutputDir, Name, "sigs.k8s.io/structured-merge-diff/v6 with k8s.io/apimachinery/pkg/util/managedfields", gomod.Kube(clientGoMinimum)...)
}

// clientGoMinimum is the first release of k8s.io/client-go and
// k8s.io/apimachinery the apply configurations build with: their parser is
// structured-merge-diff/v6's, which managedfields takes since v0.34.0.
const clientGoMinimum = "v0.34.0"

// clientGoMeta is where client-go keeps the apply configurations of the
// meta/v1 types every API object uses.
const clientGoMeta = "k8s.io/client-go/applyconfigurations/meta/v1"

// defaultExternals are the apply configurations upstream always knows of:
// client-go's, for the meta/v1 types.
func defaultExternals() map[types.Name]string {
	out := map[types.Name]string{}
	for _, name := range []string{"Condition", "DeleteOptions", "LabelSelector", "LabelSelectorRequirement",
		"ManagedFieldsEntry", "ObjectMeta", "OwnerReference", "TypeMeta"} {
		out[types.Name{Package: metaPkg, Name: name}] = clientGoMeta
	}
	return out
}

// parseExternals adds the --external-applyconfigurations entries to the
// defaults; an entry that is malformed, or names a type already mapped
// (a default included), is an error.
func parseExternals(entries []string) (map[types.Name]string, error) {
	out := defaultExternals()
	for _, e := range entries {
		name, pkg, err := parseExternal(e)
		if err != nil {
			return nil, err
		}
		if prev, ok := out[name]; ok {
			return nil, fmt.Errorf("--%s: type %s.%s is given twice (already mapped to %s); keep one entry", flagExternal, name.Package, name.Name, prev)
		}
		out[name] = pkg
	}
	return out, nil
}

// parseExternal reads "<package>.<Type>:<applyconfiguration package>",
// splitting the type at its last dot (import paths have dots too).
func parseExternal(entry string) (types.Name, string, error) {
	bad := func(why string) error {
		return fmt.Errorf("--%s: %q %s; want <type-package>.<TypeName>:<applyconfiguration-package>, e.g. k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1", flagExternal, entry, why)
	}
	typ, pkg, found := strings.Cut(entry, ":")
	switch {
	case !found:
		return types.Name{}, "", bad("has no ':' before the apply configuration package")
	case strings.Contains(pkg, ":"):
		return types.Name{}, "", bad("has more than one ':'")
	case pkg == "":
		return types.Name{}, "", bad("has no apply configuration package after ':'")
	}
	dot := strings.LastIndexByte(typ, '.')
	if dot <= 0 || dot == len(typ)-1 {
		return types.Name{}, "", bad("does not name a type as <package>.<TypeName>")
	}
	return types.Name{Package: typ[:dot], Name: typ[dot+1:]}, pkg, nil
}
