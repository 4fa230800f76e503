// Package protobuf is go-to-protobuf: it writes the Protobuf IDL
// (generated.proto) of Go API packages, byte for byte as
// k8s.io/code-generator's go-to-protobuf v0.37 does, runs protoc (once
// for all packages) with gengokit's own plugin (package plugin; the command's binary
// is the plugin, see PluginEnv) for generated.pb.go, and rewrites the
// `protobuf:` struct tags of their Go types as upstream does once protoc
// has run. All of a run's files are written at once, or none.
package protobuf

import (
	"errors"
	"strings"

	"github.com/spf13/pflag"
)

// Name is the generator's name.
const Name = "go-to-protobuf"

// defaultAPIMachinery returns upstream's --apimachinery-packages.
func defaultAPIMachinery() []string {
	return []string{
		"+k8s.io/apimachinery/pkg/util/intstr",
		"+k8s.io/apimachinery/pkg/api/resource",
		"+k8s.io/apimachinery/pkg/runtime/schema",
		"+k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/apis/meta/v1",
		"k8s.io/apimachinery/pkg/apis/meta/v1beta1",
		"k8s.io/apimachinery/pkg/apis/testapigroup/v1",
	}
}

// Args are go-to-protobuf's flags, with upstream's names and defaults.
type Args struct {
	// GoHeaderFile is the license header of every generated file.
	GoHeaderFile string
	// APIMachineryPackages and Packages are comma-separated package lists;
	// an entry may start with '+' (only types tagged +protobuf=true) or '-'
	// (read, not generated) and end with =<proto package name>.
	APIMachineryPackages, Packages string
	// OutputDir is the root under which protoc reads and writes, as a
	// GOPATH's src: <OutputDir>/<import path>/generated.proto.
	OutputDir string
	// ProtoImport are protoc's extra -I paths.
	ProtoImport []string
	// Conditional is a build tag for the generated Go code.
	Conditional string
	// Clean removes the generated files of the output packages and stops.
	Clean bool
	// OnlyIDL writes generated.proto and stops before protoc.
	OnlyIDL bool
	// KeepGogoproto keeps the gogoproto options in the IDL that ships.
	KeepGogoproto bool
	// SkipGeneratedRewrite leaves generated.pb.go as protoc writes it.
	SkipGeneratedRewrite bool
	// DropGogoGo removes gogo's packages from generated.pb.go.
	DropGogoGo bool
	// DropEmbeddedFields are embedded Go types ([package.]Name) left out
	// of every message.
	DropEmbeddedFields string
}

// NewArgs returns upstream's defaults.
func NewArgs() *Args {
	return &Args{
		OutputDir:            ".",
		APIMachineryPackages: strings.Join(defaultAPIMachinery(), ","),
		DropEmbeddedFields:   "k8s.io/apimachinery/pkg/apis/meta/v1.TypeMeta",
		DropGogoGo:           true,
	}
}

// AddFlags binds the flags to fs, with upstream's names and help.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&a.GoHeaderFile, "go-header-file", "h", a.GoHeaderFile, "File containing boilerplate header text. The string YEAR will be replaced with the current 4-digit year.")
	fs.StringVarP(&a.Packages, "packages", "p", a.Packages, "comma-separated list of directories to get input types from. Directories prefixed with '-' are not generated, directories prefixed with '+' only create types with explicit IDL instructions.")
	fs.StringVar(&a.APIMachineryPackages, "apimachinery-packages", a.APIMachineryPackages, "comma-separated list of directories to get apimachinery input types from which are needed by any API. Directories prefixed with '-' are not generated, directories prefixed with '+' only create types with explicit IDL instructions.")
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "The base directory under which to generate results.")
	fs.StringSliceVar(&a.ProtoImport, "proto-import", a.ProtoImport, "A search path for imported protobufs (may be repeated).")
	fs.StringVar(&a.Conditional, "conditional", a.Conditional, "An optional Golang build tag condition to add to the generated Go code")
	fs.BoolVar(&a.Clean, "clean", a.Clean, "If true, remove all generated files for the specified Packages.")
	fs.BoolVar(&a.OnlyIDL, "only-idl", a.OnlyIDL, "If true, only generate the IDL for each package.")
	fs.BoolVar(&a.KeepGogoproto, "keep-gogoproto", a.KeepGogoproto, "If true, the generated IDL will contain gogoprotobuf extensions which are normally removed")
	fs.BoolVar(&a.SkipGeneratedRewrite, "skip-generated-rewrite", a.SkipGeneratedRewrite, "If true, skip fixing up the generated.pb.go file (debugging only).")
	fs.BoolVar(&a.DropGogoGo, "drop-gogo-go", a.DropGogoGo, "Drop all references to gogo packages in generated code")
	fs.StringVar(&a.DropEmbeddedFields, "drop-embedded-fields", a.DropEmbeddedFields, "Comma-delimited list of embedded Go types to omit from generated protobufs")
}

// errSkipRewrite refuses --skip-generated-rewrite: upstream then leaves
// protoc-gen-gogo's raw file, which declares the package's Go types again
// and so never compiles, and gengokit writes only code that compiles.
var errSkipRewrite = errors.New("--skip-generated-rewrite is refused: it leaves protoc-gen-gogo's raw generated.pb.go, " +
	"which declares the package's Go types a second time and so never compiles (upstream's debugging mode); " +
	"drop the flag: --drop-gogo-go=false keeps gogo's runtime in a generated.pb.go that compiles, and --only-idl writes generated.proto alone")

// Validate checks the flags before anything is loaded.
func (a *Args) Validate() error {
	if a.APIMachineryPackages == "" && a.Packages == "" {
		return errors.New("--apimachinery-packages and --packages are both empty: name at least one package, e.g. --packages=example.com/m/pkg/apis/shop/v1")
	}
	if a.DropGogoGo && a.SkipGeneratedRewrite {
		return errors.New("--drop-gogo-go=true and --skip-generated-rewrite=true are mutually exclusive: add --drop-gogo-go=false to keep gogo's packages in the unrewritten file")
	}
	if _, err := a.omitTypes(); err != nil {
		return err
	}
	if _, err := parseInputs(a.inputList()); err != nil {
		return err
	}
	if a.SkipGeneratedRewrite && !a.OnlyIDL && !a.Clean {
		return errSkipRewrite
	}
	return nil
}
