package informer

import (
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// factoryGroup is a group as the factory names it.
type factoryGroup struct {
	GoName    string      // e.g. "Apps"
	Interface *types.Type // the group package's Interface
	New       *types.Type // the group package's New
}

// newFactory returns the generator of factory.go: the shared informer
// factory, with an accessor per group (in group directory order).
func (p *plan) newFactory(s *side) *wholefile.Generator {
	return wholefile.New("factory.go", s.pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := factoryArgs(c, s)
		var groups []factoryGroup
		for _, dirName := range slices.Sorted(maps.Keys(s.groups)) {
			gpkg := path.Join(s.pkg, dirName)
			groups = append(groups, factoryGroup{GoName: p.goNames[dirName], Interface: wholefile.Ref(gpkg, "Interface"), New: wholefile.Ref(gpkg, "New")})
		}
		args["groups"] = groups
		for _, tpl := range []string{factoryOptions, factoryConstructors, factoryLifecycle, factoryInformerFor, factoryInterfaceHead, factoryGroups} {
			sw.Do(tpl, args)
		}
		return nil
	})
}

const factoryGroups = `
	$- range .groups $
	$.GoName$() $.Interface|raw$
	$- end $
}
$ range .groups $
func (f *sharedInformerFactory) $.GoName$() $.Interface|raw$ {
	return $.New|raw$(f, f.namespace, f.tweakListOptions)
}
$ end $
`

// factoryArgs returns the names factory.go uses.
func factoryArgs(c *generator.Context, s *side) generator.Args {
	ii := path.Join(s.pkg, internalInterfaces)
	args := generator.Args{
		"clientSetInterface":    wholefile.Ref(s.clientset, "Interface"),
		"tweakListOptionsFunc":  wholefile.Ref(ii, "TweakListOptionsFunc"),
		"newInformerFunc":       wholefile.Ref(ii, "NewInformerFunc"),
		"internalFactory":       wholefile.Ref(ii, "SharedInformerFactory"),
		"syncMutex":             wholefile.Ref("sync", "Mutex"),
		"syncWaitGroup":         wholefile.Ref("sync", "WaitGroup"),
		"timeDuration":          wholefile.Ref("time", "Duration"),
		"reflectType":           wholefile.Ref("reflect", "Type"),
		"reflectTypeOf":         wholefile.Ref("reflect", "TypeOf"),
		"metaObject":            wholefile.Ref(metaPkg, "Object"),
		"namespaceAll":          wholefile.Ref(metaPkg, "NamespaceAll"),
		"waitContextForChannel": wholefile.Ref(waitPkg, "ContextForChannel"),
		"contextContext":        wholefile.Ref("context", "Context"),
		"contextCause":          wholefile.Ref("context", "Cause"),
		"runtimeObject":         wholefile.Ref(runtimePkg, "Object"),
		"groupVersionResource":  wholefile.Ref(schemaPkg, "GroupVersionResource"),
	}
	refs(c, args, "cache", cachePkg, "TransformFunc", "InformerName", "SharedIndexInformer", "DoneChecker", "WaitFor", "SyncResult")
	return args
}

// refs adds pkg.name for each name to args, keyed by key+name, e.g.
// "cache"+"Indexers".
func refs(c *generator.Context, args generator.Args, key, pkg string, names ...string) {
	for _, n := range names {
		args[key+n] = wholefile.Ref(pkg, n)
	}
}

// genericVersion is one version's block of cases in ForResource.
type genericVersion struct {
	Group, Version string // e.g. "apps", "v1" ("core" for the legacy group)
	Resources      []genericResource
}

// genericResource is one case of ForResource.
type genericResource struct {
	SchemeVersion *types.Type // the API package's SchemeGroupVersion
	Resource      string      // e.g. "deployments", or +resourceName
	GroupGoName   string      // e.g. "Apps"
	VersionGoName string      // e.g. "V1"
	Plural        string      // e.g. "Deployments"
}

// newGeneric returns the generator of generic.go: the generic informer
// and ForResource, which finds a typed informer by group, version and
// resource.
func (p *plan) newGeneric(s *side) *wholefile.Generator {
	return wholefile.New("generic.go", s.pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := generator.Args{
			"groupResource":        wholefile.Ref(schemaPkg, "GroupResource"),
			"groupVersionResource": wholefile.Ref(schemaPkg, "GroupVersionResource"),
			"fmtErrorf":            wholefile.Ref("fmt", "Errorf"),
		}
		refs(c, args, "cache", cachePkg, "SharedIndexInformer", "GenericLister", "NewGenericLister")
		sw.Do(genericInformer, args)
		sw.Do(forResourceHead, args)
		for _, v := range p.genericVersions(c, s) {
			// Indented deeper than the cases, so that gofmt keeps the
			// comment with the blank line above it, as upstream's output has it.
			sw.Do("\t\t// Group=$.Group$, Version=$.Version$\n", v)
			for _, r := range v.Resources {
				sw.Do(forResourceCase, r)
			}
			sw.Do("\n", nil)
		}
		sw.Do(forResourceTail, args)
		return nil
	})
}

// genericVersions returns the versions of the side's groups, groups in
// order of name, versions in order within a group.
func (p *plan) genericVersions(c *generator.Context, s *side) []genericVersion {
	plural := namer.NewPublicPluralNamer(p.args.plurals)
	resource := namer.NewAllLowercasePluralNamer(p.args.plurals)
	groups := make([]*groupVersions, 0, len(s.groups))
	for _, gvs := range s.groups {
		groups = append(groups, gvs)
	}
	sort.SliceStable(groups, func(i, j int) bool { return lowerLess(groups[i].group.NonEmpty(), groups[j].group.NonEmpty()) })
	var out []genericVersion
	for _, gvs := range groups {
		versions := append([]versionInfo(nil), gvs.versions...)
		sort.SliceStable(versions, func(i, j int) bool { return lowerLess(versions[i].version.NonEmpty(), versions[j].version.NonEmpty()) })
		for _, v := range versions {
			gv := genericVersion{Group: gvs.group.NonEmpty(), Version: v.version.NonEmpty()}
			for _, t := range p.typesOf(s, gvs.group, v.version) {
				gv.Resources = append(gv.Resources, genericResource{
					SchemeVersion: wholefile.Ref(v.types[0].Name.Package, "SchemeGroupVersion"),
					Resource:      resourceName(t, resource),
					GroupGoName:   p.goNames[gvs.dirName],
					VersionGoName: namer.IC(v.version.NonEmpty()),
					Plural:        plural.Name(t),
				})
			}
			out = append(out, gv)
		}
	}
	return out
}

func lowerLess(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) }

// typesOf returns the informer types of every package of the side with the
// given group and version, ordered by private name.
func (p *plan) typesOf(s *side, group apigroup.Group, version apigroup.Version) []*types.Type {
	var out []*types.Type
	for _, gvs := range s.groups {
		for _, v := range gvs.versions {
			if gvs.group.NonEmpty() == group.NonEmpty() && v.version.NonEmpty() == version.NonEmpty() {
				out = append(out, v.types...)
			}
		}
	}
	o := namer.Orderer{Namer: namer.NewPrivateNamer(0)}
	return o.OrderTypes(out)
}

// resourceName is the type's +resourceName, or (when it has none, or an
// empty one, as upstream) its lower-case plural.
func resourceName(t *types.Type, fallback namer.Namer) string {
	if name, ok := apigroup.ResourceName(t); ok {
		return name
	}
	return fallback.Name(t)
}

const genericInformer = `
// GenericInformer is type of SharedIndexInformer which will locate and delegate to other
// sharedInformers based on type
type GenericInformer interface {
	Informer() $.cacheSharedIndexInformer|raw$
	Lister() $.cacheGenericLister|raw$
}

type genericInformer struct {
	informer $.cacheSharedIndexInformer|raw$
	resource $.groupResource|raw$
}

// Informer returns the SharedIndexInformer.
func (f *genericInformer) Informer() $.cacheSharedIndexInformer|raw$ {
	return f.informer
}

// Lister returns the GenericLister.
func (f *genericInformer) Lister() $.cacheGenericLister|raw$ {
	return $.cacheNewGenericLister|raw$(f.Informer().GetIndexer(), f.resource)
}
`

const forResourceHead = `
// ForResource gives generic access to a shared informer of the matching type
// TODO extend this to unknown resources with a client pool
func (f *sharedInformerFactory) ForResource(resource $.groupVersionResource|raw$) (GenericInformer, error) {
	switch resource {
`

const forResourceCase = `	case $.SchemeVersion|raw$.WithResource("$.Resource$"):
		return &genericInformer{resource: resource.GroupResource(), informer: f.$.GroupGoName$().$.VersionGoName$().$.Plural$().Informer()}, nil
`

const forResourceTail = `}

	return nil, $.fmtErrorf|raw$("no informer found for %v", resource)
}
`
