package informer

import (
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"

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

const (
	// activationTag is the package tag that turns the generator off with
	// "=false".
	activationTag      = "k8s:informer-gen"
	internalInterfaces = "internalinterfaces"
)

// Registry declares the tags informer-gen reads.
func Registry() *tags.Registry {
	return apigroup.Registry(Name, activationTag, apigroup.ResourceNameTag().Definition())
}

// nameSystems returns informer-gen's name systems, with the plural exceptions
// of the flags.
func (a *Args) nameSystems() namer.NameSystems { return apigroup.NameSystems(a.plurals) }

// hasInformer reports whether a type gets an informer: it needs verbs,
// and list and watch among them.
func hasInformer(in *apigroup.Input, t *types.Type) bool {
	tg := in.Tags[t]
	return tg.GenerateClient && !tg.NoVerbs && tg.HasVerb("list") && tg.HasVerb("watch")
}

// side is one of the two trees informer-gen writes: external versions
// (versioned clientset) and the internal version (internal clientset).
type side struct {
	dir, pkg  string // e.g. "informers/externalversions"
	clientset string // the clientset's import path
	groups    map[string]*groupVersions
}

// groupVersions is a group with the versions it has informers for.
type groupVersions struct {
	dirName  string         // the group's directory, e.g. "apps"
	group    apigroup.Group // e.g. "apps", "networking.k8s.io", "" (core)
	versions []versionInfo  // in input order
}

// versionInfo is one version of a group, with its informer types.
type versionInfo struct {
	version apigroup.Version
	pkg     string        // the API package, e.g. "k8s.io/api/apps/v1"
	types   []*types.Type // ordered by private name
	in      *apigroup.Input
}

// plan gathers the inputs of a run into the two sides.
type plan struct {
	args               *Args
	hdr                []byte
	external, internal *side
	goNames            map[string]string // by group directory
}

// targets returns the targets of every input package: one per API version,
// then for each side with any, the internal interfaces, the factory and
// generic informer, and one per group.
func (args *Args) targets(l *load.Loaded) ([]generator.Target, error) {
	hdr, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, Year: args.Year})
	if err != nil {
		return nil, err
	}
	p := newPlan(args, hdr)
	errs := &diag.List{}
	scanner := &apigroup.Scanner{Registry: Registry(), Activation: activationTag, Index: l.Index, ClientShape: true}
	var targets []generator.Target
	for _, path := range l.Context.Inputs {
		in := scanner.Scan(l.Context.Universe.Package(path), errs)
		if in == nil {
			continue
		}
		if tgt := p.add(in, l, errs); tgt != nil {
			targets = append(targets, tgt)
		}
	}
	scanner.CheckGroups(errs)
	for _, s := range []*side{p.external, p.internal} {
		targets = append(targets, p.sideTargets(s)...)
	}
	return targets, errs.Err()
}

func newPlan(args *Args, hdr []byte) *plan {
	external := &side{dir: args.OutputDir, pkg: args.OutputPkg, clientset: args.VersionedClientSetPackage, groups: map[string]*groupVersions{}}
	internal := &side{dir: args.OutputDir, pkg: args.OutputPkg, clientset: args.InternalClientSetPackage, groups: map[string]*groupVersions{}}
	if !args.SingleDirectory {
		external.dir, external.pkg = filepath.Join(external.dir, "externalversions"), path.Join(external.pkg, "externalversions")
		internal.dir, internal.pkg = filepath.Join(internal.dir, "internalversion"), path.Join(internal.pkg, "internalversion")
	}
	return &plan{args: args, hdr: hdr, external: external, internal: internal, goNames: map[string]string{}}
}

// add records an input package's informer types and returns the target of
// its version, or nil when it has none.
func (p *plan) add(in *apigroup.Input, l *load.Loaded, errs *diag.List) generator.Target {
	dirGroup := apigroup.Group(in.DirGroup).NonEmpty()
	p.goNames[dirGroup] = in.GoName
	var ts []*types.Type
	for _, t := range in.Types {
		if hasInformer(in, t) {
			ts = append(ts, t)
		}
		if hasInformer(in, t) && !in.Tags[t].HasVerb("get") {
			errs.Addf(l.Index.Type(t).Find("genclient"), "type %s has list and watch but not get: its informer's Lister() returns a %sLister, which lister-gen writes only with get (upstream writes code that does not compile); allow get, or skip list or watch",
				t.Name.Name, t.Name.Name)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	s := p.external
	if in.Internal {
		s = p.internal
		if p.args.InternalClientSetPackage == "" {
			errs.Addf(l.Index.Type(ts[0]).Pos, "package %s is an internal API version (its ObjectMeta has no json tag): set --internal-clientset-package", in.Path)
			return nil
		}
	}
	gvs := s.groups[dirGroup]
	if gvs == nil {
		gvs = &groupVersions{dirName: dirGroup, group: in.Group()}
		s.groups[dirGroup] = gvs
	}
	v := versionInfo{version: in.Version, pkg: in.Path, types: apigroup.OrderTypes(ts), in: in}
	gvs.versions = append(gvs.versions, v)
	return p.versionTarget(s, gvs, v)
}

func (p *plan) target(dir, pkg, name string, gens ...generator.Generator) generator.Target {
	return wholefile.Target(dir, pkg, name, p.hdr, gens...)
}

func (p *plan) versionTarget(s *side, gvs *groupVersions, v versionInfo) generator.Target {
	sub := path.Join(gvs.dirName, v.version.PackageName())
	pkg := path.Join(s.pkg, sub)
	gens := []generator.Generator{newVersionInterface(pkg, s, v)}
	for _, t := range v.types {
		gens = append(gens, p.newTypeInformer(pkg, s, gvs, v, t))
	}
	return p.target(filepath.Join(s.dir, filepath.FromSlash(sub)), pkg, v.version.PackageName(), gens...)
}

// sideTargets returns the targets shared by a side's versions.
func (p *plan) sideTargets(s *side) []generator.Target {
	if len(s.groups) == 0 {
		return nil
	}
	ii := path.Join(s.pkg, internalInterfaces)
	targets := []generator.Target{
		p.target(filepath.Join(s.dir, internalInterfaces), ii, internalInterfaces, newInternalInterfaces(ii, s)),
		p.target(s.dir, s.pkg, path.Base(s.dir), p.newFactory(s), p.newGeneric(s)),
	}
	for _, dirName := range slices.Sorted(maps.Keys(s.groups)) {
		gvs := s.groups[dirName]
		pkg := path.Join(s.pkg, dirName)
		targets = append(targets, p.target(filepath.Join(s.dir, dirName), pkg, firstLabel(dirName), newGroupInterface(pkg, s, gvs)))
	}
	return targets
}

// firstLabel cuts a dotted name at its first dot.
func firstLabel(s string) string { return strings.SplitN(s, ".", 2)[0] }
