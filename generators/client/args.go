// Package client generates typed clientsets, with their fakes, for
// +genclient types, byte for byte as k8s.io/code-generator's client-gen
// v0.37 does: typed clients built on client-go's gentype generics, one
// client per group version, the clientset, its scheme, and the fake
// clientset backed by an object tracker.
package client

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/pflag"
	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/gomod"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Name is the generator's name, as written in the files it generates.
const Name = "client-gen"

// Args are client-gen's flags.
type Args struct {
	// OutputDir is the directory the clientset directory goes under.
	OutputDir string
	// OutputPkg is the import path of OutputDir.
	OutputPkg string
	// GoHeaderFile is the license header file; "YEAR" is replaced.
	GoHeaderFile string
	// Inputs are the --input values, "group/version" or "path/group/version".
	Inputs []string
	// InputBase is prepended to every input's path, e.g. "k8s.io/api".
	InputBase string
	// IncludedTypesOverrides are "group/version/Type" entries: for a group
	// version listed here, only these types get clients.
	IncludedTypesOverrides []string
	// ClientsetName is the clientset's package name, e.g. "versioned".
	ClientsetName string
	// ClientsetAPIPath is the API path of non-core groups, e.g. "/apis".
	ClientsetAPIPath string
	// ClientsetOnly generates the clientset without the typed clients.
	ClientsetOnly bool
	// FakeClient generates the fake clientset.
	FakeClient bool
	// PluralExceptions are "Type:Plural" entries.
	PluralExceptions []string
	// ApplyConfigurationPackage is the import path of the apply
	// configurations; when set, Apply methods are generated.
	ApplyConfigurationPackage string
	// PrefersProtobuf makes the clients ask for protobuf.
	PrefersProtobuf bool
	// LintRules are the --lint-rules to apply to each input package.
	LintRules []string
	// Year replaces "YEAR" in the header; zero means the current year.
	Year int

	plurals   map[string]string         // parsed by Validate
	groups    []inputGroup              // parsed by Validate
	overrides map[groupVersion][]string // parsed by Validate
}

// NewArgs returns the defaults of upstream client-gen.
func NewArgs() *Args {
	return &Args{
		InputBase:        "k8s.io/kubernetes/pkg/apis",
		ClientsetName:    "internalclientset",
		ClientsetAPIPath: "/apis",
		FakeClient:       true,
	}
}

// NewCommand returns client-gen with upstream's default flags, for the
// shared command-line runner. Its inputs are the group versions --input
// names, and it owns the clientset directory only.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates a typed clientset, with its fake, for the group versions of an API."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(a *Args) *cli.Spec {
	return &cli.Spec{Name: Name, Summary: summary, Flags: a, Order: "public", Registry: Registry, Inputs: a.inputPackages,
		NameSystems: func() namer.NameSystems { return NameSystems(a.plurals) },
		Targets:     func(l *load.Loaded) ([]generator.Target, error) { return Targets(l, a) },
		LintRules:   func() []string { return a.LintRules },
		Output: func() cli.Output {
			return cli.Output{Dir: a.OutputDir, Flags: "--output-dir, --clientset-name", Owned: filepath.Join(a.OutputDir, a.ClientsetName)}
		}}
}

// AddFlags binds the flags to fs.
func (a *Args) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&a.OutputDir, "output-dir", a.OutputDir, "the base directory under which to generate results")
	fs.StringVar(&a.OutputPkg, "output-pkg", a.OutputPkg, "the Go import-path of the generated results")
	cli.HeaderFlag(fs, &a.GoHeaderFile)
	fs.StringSliceVar(&a.Inputs, "input", a.Inputs,
		`group/versions that client-gen will generate clients for, under --input-base; several versions of a group are allowed. Specified in the format "group1/version1,group2/version2...".`)
	fs.StringSliceVar(&a.IncludedTypesOverrides, "included-types-overrides", a.IncludedTypesOverrides,
		"list of group/version/type for which client should be generated. By default, client is generated for all types which have genclient in types.go. This overrides that. For each groupVersion in this list, only the types mentioned here will be included. The default check of genclient will be used for other group versions.")
	fs.StringVar(&a.InputBase, "input-base", a.InputBase, "base path to look for the api group: a Go import path, or a directory (absolute, or starting with ./)")
	fs.StringVarP(&a.ClientsetName, "clientset-name", "n", a.ClientsetName, "the name of the generated clientset package.")
	fs.StringVar(&a.ClientsetAPIPath, "clientset-api-path", a.ClientsetAPIPath, "the value of default API HTTP path, starting with / and without trailing /.")
	fs.BoolVar(&a.ClientsetOnly, "clientset-only", a.ClientsetOnly, "when set, client-gen only generates the clientset shell, without generating the individual typed clients")
	fs.BoolVar(&a.FakeClient, "fake-clientset", a.FakeClient, "when set, client-gen will generate the fake clientset that can be used in tests")
	cli.PluralExceptionsFlag(fs, &a.PluralExceptions)
	fs.StringVar(&a.ApplyConfigurationPackage, "apply-configuration-package", a.ApplyConfigurationPackage,
		"optional package of apply configurations, generated by applyconfiguration-gen, that are required to generate Apply functions for each type in the clientset. By default Apply functions are not generated.")
	fs.BoolVar(&a.PrefersProtobuf, "prefers-protobuf", a.PrefersProtobuf, "when set, client-gen will generate a clientset that uses protobuf for API requests")
	cli.LintRulesFlag(fs, &a.LintRules)
	fs.SetNormalizeFunc(renameFlag("clientset-path", "output-pkg", fs.GetNormalizeFunc()))
}

// renameFlag keeps an old flag name working as a new one.
func renameFlag(from, to string, next func(*pflag.FlagSet, string) pflag.NormalizedName) func(*pflag.FlagSet, string) pflag.NormalizedName {
	return func(fs *pflag.FlagSet, name string) pflag.NormalizedName {
		if name == from {
			name = to
		}
		return next(fs, name)
	}
}

// Validate checks the flags before anything is loaded.
func (a *Args) Validate() error {
	switch {
	case a.OutputDir == "":
		return errors.New("--output-dir must be specified: the directory the clientset is written under")
	case a.OutputPkg == "":
		return errors.New("--output-pkg must be specified: the Go import path of --output-dir")
	case !token.IsIdentifier(a.ClientsetName):
		return fmt.Errorf("--clientset-name %q must be a Go package name, which is also the clientset's directory under --output-dir, e.g. versioned", a.ClientsetName)
	case len(a.Inputs) == 0:
		return errors.New("--input must name at least one group/version, e.g. --input apps/v1")
	}
	if err := cli.CheckOutputPkg(a.OutputDir, a.OutputPkg); err != nil {
		return err
	}
	if err := checkAPIPath(a.ClientsetAPIPath); err != nil {
		return err
	}
	var err error
	if a.plurals, err = apigroup.ParsePluralExceptions(a.PluralExceptions); err != nil {
		return err
	}
	if a.groups, err = parseInputs(a.InputBase, a.Inputs); err != nil {
		return err
	}
	if a.overrides, err = parseOverrides(a.IncludedTypesOverrides); err != nil {
		return err
	}
	if err := checkInputDirs(a.groups); err != nil {
		return err
	}
	if err := tags.CheckLintRules(a.LintRules); err != nil {
		return err
	}
	return gomod.Check(a.OutputDir, Name, ClientGoUses, gomod.Kube(ClientGoMinimum)...)
}

// ClientGoMinimum is the first k8s.io/client-go release with everything
// the clientset uses: discovery.DiscoveryInterfaces came in v0.37.0.
const ClientGoMinimum = "v0.37.0"

// ClientGoUses is what the clientset uses that older releases lack.
const ClientGoUses = "k8s.io/client-go/discovery.DiscoveryInterfaces"

// checkAPIPath checks --clientset-api-path, which the clients join with
// the group and version: it starts with "/" and does not end with one.
func checkAPIPath(p string) error {
	if p == "" {
		return errors.New("--clientset-api-path cannot be empty; leave it out for the default /apis")
	}
	if strings.HasPrefix(p, "/") && !strings.HasSuffix(p, "/") {
		return nil
	}
	fixed := "/" + strings.Trim(p, "/")
	if fixed == "/" {
		fixed = "/apis"
	}
	return fmt.Errorf("--clientset-api-path %q must start with / and not end with /: write %s", p, fixed)
}

// inputPackages returns the packages --input names, sorted.
func (a *Args) inputPackages() []string {
	var out []string
	for _, g := range a.groups {
		for _, v := range g.versions {
			out = append(out, v.pkg)
		}
	}
	sort.Strings(out)
	return out
}

// groupVersion is a group and version as --input names them.
type groupVersion struct {
	group   apigroup.Group
	version apigroup.Version
}

// inputGroup is a group with its versions, in the order --input gives them.
type inputGroup struct {
	pkgName  string // the group's directory name, e.g. "apps", "core"
	group    apigroup.Group
	versions []inputVersion
}

// inputVersion is one --input version and its package.
type inputVersion struct {
	version apigroup.Version
	pkg     string // e.g. "k8s.io/api/apps/v1", or a directory: see inputPackage
}

// parseInputs reads --input entries into groups sorted by name, each with
// its versions in the order given.
func parseInputs(base string, inputs []string) ([]inputGroup, error) {
	byGroup := map[apigroup.Group]*inputGroup{}
	seen := map[groupVersion]string{}
	for _, in := range inputs {
		dir, gvString := splitPathGroupVersion(in)
		gv, err := toGroupVersion(gvString)
		if err != nil {
			return nil, fmt.Errorf("--input %q: %v", in, err)
		}
		if err := checkDuplicate(seen, gv, in); err != nil {
			return nil, err
		}
		v := inputVersion{version: gv.version, pkg: inputPackage(base, dir, gv.group.NonEmpty(), string(gv.version))}
		g := byGroup[gv.group]
		if g == nil {
			g = &inputGroup{pkgName: gv.group.NonEmpty(), group: gv.group}
			byGroup[gv.group] = g
		}
		g.versions = append(g.versions, v)
	}
	names := make([]string, 0, len(byGroup))
	for g := range byGroup {
		names = append(names, string(g))
	}
	sort.Strings(names)
	out := make([]inputGroup, 0, len(names))
	for _, n := range names {
		out = append(out, *byGroup[apigroup.Group(n)])
	}
	return out, nil
}

// checkDuplicate reports an --input whose group and version an earlier
// one named: their typed clients would go into one package.
func checkDuplicate(seen map[groupVersion]string, gv groupVersion, in string) error {
	first, dup := seen[gv]
	switch {
	case !dup:
		seen[gv] = in
		return nil
	case first == in:
		return fmt.Errorf("--input %s is given twice; give each group/version once", in)
	}
	return fmt.Errorf("--input %s and --input %s are both group %s version %s, whose typed clients would go into one package; give only one of them",
		first, in, gv.group.NonEmpty(), gv.version.NonEmpty())
}

// inputPackage joins --input-base and the parts of an --input into the
// pattern the loader reads. A base that is a directory (kube_codegen.sh
// passes an absolute one) stays a directory pattern, "./" included, and the
// package is known by its import path once loaded.
func inputPackage(base string, parts ...string) string {
	if !load.IsDir(base) {
		return path.Join(append([]string{base}, parts...)...)
	}
	dir := filepath.Join(append([]string{base}, parts...)...)
	if load.IsDir(dir) {
		return dir
	}
	return "./" + dir
}

// checkInputDirs reports the --input directories that do not exist (with
// an absolute or ./relative --input-base), before the loader fails on them
// with a message that names neither flag.
func checkInputDirs(groups []inputGroup) error {
	var errs []error
	for _, g := range groups {
		for _, v := range g.versions {
			if !load.IsDir(v.pkg) {
				continue
			}
			if st, err := os.Stat(v.pkg); err != nil || !st.IsDir() {
				errs = append(errs, fmt.Errorf("--input %s/%s: %s; check --input-base and --input", g.group.NonEmpty(), v.version, describeMissing(v.pkg)))
			}
		}
	}
	return errors.Join(errs...)
}

// splitPathGroupVersion splits "a/b/group/version" into "a/b" and
// "group/version"; shorter strings are all group/version.
func splitPathGroupVersion(s string) (dir, gv string) {
	parts := strings.Split(s, "/")
	if len(parts) < 3 {
		return "", s
	}
	return strings.Join(parts[:len(parts)-2], "/"), strings.Join(parts[len(parts)-2:], "/")
}

func toGroupVersion(s string) (groupVersion, error) {
	if s == "" || s == "/" {
		return groupVersion{}, nil
	}
	group, version, found := strings.Cut(s, "/")
	if strings.Contains(version, "/") {
		return groupVersion{}, fmt.Errorf("%q is not group/version", s)
	}
	if !found {
		return groupVersion{group: apigroup.Group(group)}, nil
	}
	return groupVersion{group: apigroup.Group(group), version: apigroup.Version(version)}, nil
}

// parseOverrides reads --included-types-overrides "group/version/Type".
func parseOverrides(entries []string) (map[groupVersion][]string, error) {
	out := map[groupVersion][]string{}
	for _, e := range entries {
		parts := strings.Split(e, "/")
		var gvString string
		switch len(parts) {
		case 2:
			gvString = parts[0] + "/"
		case 3:
			gvString = parts[0] + "/" + parts[1]
		default:
			return nil, fmt.Errorf("--included-types-overrides: %q is not group/version/Type", e)
		}
		gv, err := toGroupVersion(gvString)
		if err != nil {
			return nil, fmt.Errorf("--included-types-overrides: %q: %v", e, err)
		}
		out[gv] = append(out[gv], parts[len(parts)-1])
	}
	return out, nil
}
