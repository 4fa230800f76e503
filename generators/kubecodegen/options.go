package kubecodegen

import (
	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/spf13/pflag"
)

// options are the flags of every subcommand; each binds those it has.
type options struct {
	inDir       string
	boilerplate string
	lintRules   string
	verifyOnly  bool
	// cache holds --cache-dir and --no-cache; args the subcommand's
	// command line, which keys its runs in the cache.
	cache     cli.Options
	args      []string
	quiet     bool
	verbosity int

	// gen_helpers
	extraPeerDirs []string

	// gen_openapi (in "all", the openapi output is <output-dir>/<openapi-name>)
	openapiOutDir       string
	openapiOutPkg       string
	openapiName         string
	extraPkgs           []string
	reportFilename      string
	updateReport        bool
	outputModelNameFile string

	// gen_client
	oneInputAPI          string
	outDir               string
	outPkg               string
	clientsetName        string
	versionedName        string
	withApplyconfig      bool
	applyconfigName      string
	applyconfigExternals string
	applyconfigSchema    string
	withWatch            bool
	listersName          string
	informersName        string
	pluralExceptions     string
	prefersProtobuf      bool

	// crd ("all" with --with-crd)
	withCRD bool
	crd     *crd.Args

	// protobuf ("all" with --with-protobuf)
	withProtobuf bool
	protoImports []string
	protoPkgs    []string
}

// newOptions returns kube_codegen.sh's defaults.
func newOptions() *options {
	return &options{
		reportFilename:  "/dev/null",
		openapiName:     "openapi",
		clientsetName:   "clientset",
		versionedName:   "versioned",
		applyconfigName: "applyconfiguration",
		listersName:     "listers",
		informersName:   "informers",
	}
}

// bindCommon binds the flags every subcommand has.
func (o *options) bindCommon(fs *pflag.FlagSet) {
	fs.StringVar(&o.boilerplate, "boilerplate", o.boilerplate,
		"the header file to insert into generated files (\"YEAR\" is replaced by the year); none by default")
	fs.BoolVar(&o.verifyOnly, "verify-only", false,
		"write and remove nothing; print a unified diff of every file that would change, appear or disappear, and exit 1 if any would")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print no progress lines, only errors and warnings")
	fs.IntVarP(&o.verbosity, "v", "v", 0, "log verbosity of the generators (kube_codegen.sh's KUBE_VERBOSE)")
	fs.StringVar(&o.cache.CacheDir, "cache-dir", "",
		"where runs are remembered, so that a run whose inputs did not change only confirms its files, and where the loader keeps its index of dependencies (default: gengokit in the user's cache directory)")
	fs.BoolVar(&o.cache.NoCache, "no-cache", false, "load and generate even when nothing changed since the last run, and remember no run (the index of dependencies is still used)")
}

// bindLint binds --lint-rules.
func (o *options) bindLint(fs *pflag.FlagSet) {
	fs.StringVar(&o.lintRules, "lint-rules", o.lintRules,
		"comma-separated tag-checking lint rules to enable on the generators, e.g. known-tags-only,require-explicit-disablement")
}

// bindHelpers binds gen_helpers' own flags.
func (o *options) bindHelpers(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.extraPeerDirs, "extra-peer-dir", nil,
		"an extra directory (import path) to consider during conversion generation; repeatable")
}

// bindOpenAPI binds gen_openapi's own flags; in "all" the output directory
// and package come from --output-dir, --output-pkg and --openapi-name.
func (o *options) bindOpenAPI(fs *pflag.FlagSet, all bool) {
	if all {
		fs.StringVar(&o.openapiName, "openapi-name", o.openapiName,
			"the leaf name of the directory under --output-dir that the OpenAPI definitions go to")
	} else {
		fs.StringVar(&o.openapiOutDir, "output-dir", "", "the directory into which to emit the OpenAPI definitions (required)")
		fs.StringVar(&o.openapiOutPkg, "output-pkg", "", "the Go import path of --output-dir (required)")
	}
	fs.StringArrayVar(&o.extraPkgs, "extra-pkgs", nil,
		"an additional package (import path) to generate definitions for; comma-separated and repeatable")
	fs.StringVar(&o.reportFilename, "report-filename", o.reportFilename,
		"the API rule violations report that the violations in your packages must match (those of the read-only k8s.io/apimachinery packages never fail a run); \"-\" prints it, and with a device such as /dev/null yours are warnings")
	fs.BoolVar(&o.updateReport, "update-report", false, "update the report file in place, rather than failing when it differs")
	fs.StringVar(&o.outputModelNameFile, "output-model-name-file", "",
		"the file name, in each package tagged +k8s:openapi-model-package, of the OpenAPIModelName methods; none when empty")
}

// bindClient binds gen_client's own flags.
func (o *options) bindClient(fs *pflag.FlagSet) {
	fs.StringVar(&o.oneInputAPI, "one-input-api", "", "generate clients only for this API (a directory under the input directory)")
	fs.StringVar(&o.outDir, "output-dir", "", "the root directory under which to emit code (required)")
	fs.StringVar(&o.outPkg, "output-pkg", "", "the Go import path of --output-dir (required)")
	fs.StringVar(&o.clientsetName, "clientset-name", o.clientsetName, "the leaf name of the generated clientset directory")
	fs.StringVar(&o.versionedName, "versioned-name", o.versionedName, "the leaf name of the <clientset>/versioned directory")
	fs.BoolVar(&o.withApplyconfig, "with-applyconfig", false, "generate apply configurations")
	fs.StringVar(&o.applyconfigName, "applyconfig-name", o.applyconfigName, "the leaf name of the apply configurations directory")
	fs.StringVar(&o.applyconfigExternals, "applyconfig-externals", "",
		"comma-separated external apply configurations, <type-package>.<type-name>:<applyconfiguration-package>")
	fs.StringVar(&o.applyconfigSchema, "applyconfig-openapi-schema", "",
		"the OpenAPI models schema (JSON) for the apply configurations' Extract functions; \"all\" derives it when it generates OpenAPI definitions")
	fs.BoolVar(&o.withWatch, "with-watch", false, "generate listers and informers for the APIs that support watch")
	fs.StringVar(&o.listersName, "listers-name", o.listersName, "the leaf name of the listers directory")
	fs.StringVar(&o.informersName, "informers-name", o.informersName, "the leaf name of the informers directory")
	fs.StringVar(&o.pluralExceptions, "plural-exceptions", "", "comma-separated plural exceptions, Type:PluralizedType")
	fs.BoolVar(&o.prefersProtobuf, "prefers-protobuf", false, "generate clientsets that prefer protobuf for API requests")
}
