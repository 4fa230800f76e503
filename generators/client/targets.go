package client

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// activationTag is the package tag that turns the generator off with
// "=false".
const activationTag = "k8s:client-gen"

// Registry declares the tags client-gen reads.
func Registry() *tags.Registry {
	return apigroup.Registry(Name, activationTag, apigroup.ResourceNameTag().Definition())
}

// NameSystems returns client-gen's name systems; plurals are the plural
// exceptions.
func NameSystems(plurals map[string]string) namer.NameSystems {
	lower := namer.NewAllLowercasePluralNamer(plurals)
	privatePlural := exceptionNamer{
		// Upstream's: only its internal events.Event ever matches.
		exceptions: map[string]string{
			"k8s.io/apis/events/v1beta1.Event":        "eventResources",
			"k8s.io/kubernetes/pkg/apis/events.Event": "eventResources",
		},
		next: namer.NewPrivatePluralNamer(plurals),
	}
	return namer.NameSystems{
		"singularKind":       namer.NewPublicNamer(0),
		"public":             namer.NewPublicNamer(0),
		"private":            namer.NewPrivateNamer(0),
		"raw":                namer.NewRawNamer("", nil),
		"publicPlural":       namer.NewPublicPluralNamer(plurals),
		"privatePlural":      privatePlural,
		"allLowercasePlural": lower,
		"resource":           resourceNamer{next: lower},
	}
}

// exceptionNamer names some types, by "pkg.Name", differently.
type exceptionNamer struct {
	exceptions map[string]string
	next       namer.Namer
}

// Name returns the exception for t, or what next names it.
func (n exceptionNamer) Name(t *types.Type) string {
	if e, ok := n.exceptions[t.Name.Package+"."+t.Name.Name]; ok {
		return e
	}
	return n.next.Name(t)
}

// resourceNamer names a type by its +resourceName, or as next does.
type resourceNamer struct{ next namer.Namer }

// Name returns the type's resource name.
func (n resourceNamer) Name(t *types.Type) string {
	if name, ok := apigroup.ResourceName(t); ok {
		return name
	}
	return n.next.Name(t)
}

// groupVersionInfo is one --input group version with what was found in it.
type groupVersionInfo struct {
	plan      *plan
	in        *apigroup.Input
	pkgName   string           // the group's directory, e.g. "apps"
	group     apigroup.Group   // after +groupName
	groupName string           // the group the client talks to
	version   apigroup.Version // "" for internal
	goName    string           // e.g. "Apps"
	types     []*types.Type    // ordered by private name
	typedPkg  string
	typedDir  string
}

// plan holds one run's decisions.
type plan struct {
	args                       *Args
	hdr                        []byte
	clientsetDir, clientsetPkg string
	versions                   []*groupVersionInfo // clientset order
}

func (p *plan) generateApply() bool { return p.args.ApplyConfigurationPackage != "" }

// applyConfig names the apply configuration of a type of the API package.
func (p *plan) applyConfig(apiPkg, typeName string) *types.Type {
	_, gv := splitPathGroupVersion(apiPkg)
	return types.Ref(path.Join(p.args.ApplyConfigurationPackage, gv), typeName+"ApplyConfiguration")
}

func (p *plan) hasInternal() bool {
	for _, gv := range p.versions {
		if gv.version == "" {
			return true
		}
	}
	return false
}

// Targets returns the clientset, its scheme, the fake clientset, and per
// group version its typed clients and their fakes.
func Targets(l *load.Loaded, args *Args) ([]generator.Target, error) {
	hdr, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, Year: args.Year})
	if err != nil {
		return nil, err
	}
	p := &plan{args: args, hdr: hdr,
		clientsetDir: filepath.Join(args.OutputDir, args.ClientsetName),
		clientsetPkg: path.Join(args.OutputPkg, args.ClientsetName)}
	errs := &diag.List{}
	p.scan(l, errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return p.targets()
}

// targets returns the targets of the plan.
func (p *plan) targets() ([]generator.Target, error) {
	scheme, err := p.schemeTarget()
	if err != nil {
		return nil, err
	}
	targets := []generator.Target{p.clientsetTarget(), scheme}
	if p.args.FakeClient {
		fake, err := p.fakeClientsetTarget()
		if err != nil {
			return nil, err
		}
		targets = append(targets, fake)
	}
	if p.args.ClientsetOnly {
		return targets, nil
	}
	for _, gv := range p.versions {
		typed, err := p.typedTarget(gv)
		if err != nil {
			return nil, err
		}
		targets = append(targets, typed)
		if p.args.FakeClient {
			targets = append(targets, p.fakeTypedTarget(gv))
		}
	}
	return targets, nil
}

func (p *plan) target(dir, pkg, name string, doc string, gens ...generator.Generator) generator.Target {
	tgt := wholefile.Target(dir, pkg, name, p.hdr, gens...)
	if doc != "" {
		tgt.PkgDocComment = []byte(doc)
	}
	return tgt
}

func (p *plan) clientsetTarget() generator.Target {
	return p.target(p.clientsetDir, p.clientsetPkg, p.args.ClientsetName, "", p.newClientset())
}

// schemeTarget returns the clientset's scheme; a register_custom.go beside
// it adds its extra registrations.
func (p *plan) schemeTarget() (generator.Target, error) {
	dir, pkg := filepath.Join(p.clientsetDir, "scheme"), path.Join(p.clientsetPkg, "scheme")
	custom, err := exists(filepath.Join(dir, "register_custom.go"))
	if err != nil {
		return nil, err
	}
	return p.target(dir, pkg, "scheme", "// This package contains the scheme of the automatically generated clientset.\n",
		generator.GoGenerator{OutputFilename: "doc.go"}, p.newScheme(pkg, false, custom)), nil
}

// typedTarget returns the typed clients of a group version, its client
// and the expansion interfaces of the types without a hand-written
// <type>_expansion.go.
func (p *plan) typedTarget(gv *groupVersionInfo) (generator.Target, error) {
	unexpanded, err := wholefile.Unexpanded(gv.typedDir, gv.types)
	if err != nil {
		return nil, err
	}
	var exps []wholefile.Expansion
	for _, t := range unexpanded {
		exps = append(exps, wholefile.Expansion{Type: t, Decl: clientExpansion})
	}
	gens := []generator.Generator{generator.GoGenerator{OutputFilename: "doc.go"}}
	for _, t := range gv.types {
		gens = append(gens, p.newTyped(gv, t))
	}
	gens = append(gens, newGroup(gv), wholefile.NewExpansions("generated_expansion.go", gv.typedPkg, exps))
	return p.target(gv.typedDir, gv.typedPkg, gv.version.PackageName(), "// This package has the automatically generated typed clients.\n", gens...), nil
}

// exists reports whether a file is there; Targets looks, so that emission
// never does.
func exists(file string) (bool, error) {
	_, err := os.Stat(file)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, err
}
