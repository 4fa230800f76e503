package kubecodegen

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// Name is the command's name.
const Name = "kube-codegen"

// subcommand is one of kube-codegen's subcommands.
type subcommand struct {
	name, summary string
	// bind binds the subcommand's flags.
	bind func(o *options, fs *pflag.FlagSet)
	// check validates them (after parsing).
	check func(o *options) error
}

// subcommands returns kube-codegen's subcommands, in the order of --help.
func subcommands() []subcommand {
	return []subcommand{
		{"helpers", "deepcopy, validation, defaulter and conversion code, as kube_codegen.sh's gen_helpers", bindHelpers, noCheck},
		{"register", "register code (zz_generated.register.go), as gen_register", bindRegister, noCheck},
		{"openapi", "OpenAPI definitions, as gen_openapi", bindOpenAPIOnly, checkOpenAPI},
		{"client", "clientset, apply configurations, listers and informers, as gen_client", bindClientOnly, checkClient},
		{"protobuf", "generated.proto, generated.pb.go and struct tags (go-to-protobuf, with protoc) for +k8s:protobuf-gen=package", bindProtobuf, noCheck},
		{"crd", "CustomResourceDefinitions of the kinds of +groupName packages, as controller-gen v0.23 crd writes them", bindCRDOnly, noCheck},
		{"all", "the code of helpers, register, openapi and client (and CRDs: --with-crd; protobuf: --with-protobuf), in one process over one load", bindAll, checkClient},
	}
}

func bindHelpers(o *options, fs *pflag.FlagSet)     { o.bindHelpers(fs); o.bindLint(fs) }
func bindRegister(o *options, fs *pflag.FlagSet)    { o.bindLint(fs) }
func bindOpenAPIOnly(o *options, fs *pflag.FlagSet) { o.bindOpenAPI(fs, false) }
func bindClientOnly(o *options, fs *pflag.FlagSet)  { o.bindClient(fs); o.bindLint(fs) }
func bindProtobuf(o *options, fs *pflag.FlagSet)    { o.bindProtobuf(fs) }
func bindCRDOnly(o *options, fs *pflag.FlagSet)     { o.bindCRD(fs) }

// bindAll binds the flags of the four steps; --output-dir and --output-pkg
// are the client's, and the OpenAPI definitions go below them.
func bindAll(o *options, fs *pflag.FlagSet) {
	o.bindHelpers(fs)
	o.bindClient(fs)
	o.bindOpenAPI(fs, true)
	o.bindAllCRD(fs)
	o.bindAllProtobuf(fs)
	o.bindLint(fs)
}

func noCheck(*options) error { return nil }

func checkOpenAPI(o *options) error {
	switch {
	case o.openapiOutDir == "":
		return errors.New("--output-dir is required: the directory the OpenAPI definitions go to")
	case o.openapiOutPkg == "":
		return errors.New("--output-pkg is required: the Go import path of --output-dir")
	}
	return cli.CheckOutputPkgInModule(o.openapiOutDir, o.openapiOutPkg)
}

func checkClient(o *options) error {
	switch {
	case o.outDir == "":
		return errors.New("--output-dir is required: the root directory of the generated client packages")
	case o.outPkg == "":
		return errors.New("--output-pkg is required: the Go import path of --output-dir")
	}
	return cli.CheckOutputPkg(o.outDir, o.outPkg)
}

// Main runs kube-codegen with args (without the program name) and returns
// the exit status: 0 on success, 1 on any error or, with --verify-only,
// when anything is stale.
func Main(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error, please report it with the command line: %v\n%s", Name, r, debug.Stack())
			code = 1
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return boolCode(len(args) == 0)
	}
	if args[0] == "--version" {
		fmt.Fprintln(stdout, cli.Version(Name))
		return 0
	}
	for _, sub := range subcommands() {
		if sub.name == args[0] {
			return runSubcommand(sub, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "%s: unknown subcommand %q; use one of %s\nRun '%s --help' for usage.\n", Name, args[0], names(), Name)
	return 1
}

// runSubcommand parses the subcommand's flags and runs it.
func runSubcommand(sub subcommand, args []string, stdout, stderr io.Writer) int {
	o := newOptions()
	fs := sub.flags(o)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "%s %s generates %s.\n\nUsage: %s %s [flags] <input-dir>\n\nFlags:\n%s  -h, --help   print this help and exit\n",
			Name, sub.name, sub.summary, Name, sub.name, fs.FlagUsages())
	}
	o.args = args
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		return 0
	}
	if err == nil {
		err = inputDir(o, fs.Args())
	}
	if err == nil {
		err = sub.check(o)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s %s: %v\nRun '%s %s --help' for usage.\n", Name, sub.name, err, Name, sub.name)
		return 1
	}
	if err := o.execute(sub.name, stdout, stderr); err != nil {
		return cli.Report(Name, err, stderr)
	}
	return 0
}

// flags returns the subcommand's flag set, bound to o.
func (sub subcommand) flags(o *options) *pflag.FlagSet {
	fs := pflag.NewFlagSet(Name+" "+sub.name, pflag.ContinueOnError)
	o.bindCommon(fs)
	sub.bind(o, fs)
	return fs
}

// SubcommandFlags returns the flags of each subcommand, by its name, as its
// command line parses them; pflag's -h/--help, which every subcommand
// takes, is not among them.
func SubcommandFlags() map[string]*pflag.FlagSet {
	out := map[string]*pflag.FlagSet{}
	for _, sub := range subcommands() {
		out[sub.name] = sub.flags(newOptions())
	}
	return out
}

// inputDir takes the one positional argument: the input directory.
func inputDir(o *options, args []string) error {
	switch {
	case len(args) == 0:
		return errors.New("the input directory is required: the local directory (not a Go package) under which the API packages are, e.g. ./pkg/apis")
	case len(args) > 1:
		return fmt.Errorf("too many arguments: %s (already have %s); give one input directory", strings.Join(args[1:], " "), args[0])
	case strings.TrimSpace(args[0]) == "":
		return errors.New("the input directory is empty; check the variable that should hold it")
	}
	o.inDir = args[0]
	return nil
}

// usage prints the command's help: what it is for, its usage line, its
// subcommands and its flags.
func usage(w io.Writer) {
	fmt.Fprintf(w, "%s runs kube_codegen.sh's code generation as one Go command: it finds the API packages\n", Name)
	fmt.Fprintf(w, "under <input-dir> by their tags, runs gengokit's generators with the arguments kube_codegen.sh\n")
	fmt.Fprintf(w, "gives upstream's, and removes the files an earlier run generated that this run no longer produces.\n\n")
	fmt.Fprintf(w, "Usage: %s <subcommand> [flags] <input-dir>\n\nSubcommands:\n", Name)
	for _, sub := range subcommands() {
		fmt.Fprintf(w, "  %-9s %s\n", sub.name, sub.summary)
	}
	fmt.Fprintf(w, "\nFlags:\n  -h, --help      print this help and exit\n      --version   print the version and exit\n")
	fmt.Fprintf(w, "\nRun '%s <subcommand> --help' for the subcommand's flags.\n", Name)
}

func names() string {
	var out []string
	for _, sub := range subcommands() {
		out = append(out, sub.name)
	}
	return strings.Join(out, ", ")
}

func boolCode(failed bool) int {
	if failed {
		return 1
	}
	return 0
}
