package informer

import (
	"path"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// Packages the generated code names.
const (
	cachePkg   = "k8s.io/client-go/tools/cache"
	metaPkg    = "k8s.io/apimachinery/pkg/apis/meta/v1"
	runtimePkg = "k8s.io/apimachinery/pkg/runtime"
	schemaPkg  = "k8s.io/apimachinery/pkg/runtime/schema"
	watchPkg   = "k8s.io/apimachinery/pkg/watch"
	waitPkg    = "k8s.io/apimachinery/pkg/util/wait"
)

// newTypeInformer returns the generator of <type>.go: the informer of t.
func (p *plan) newTypeInformer(pkg string, s *side, gvs *groupVersions, v versionInfo, t *types.Type) *wholefile.Generator {
	listers := path.Join(p.args.ListersPackage, gvs.dirName, v.version.PackageName())
	return wholefile.New(strings.ToLower(t.Name.Name)+".go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := typeArgs(c, s, t)
		args["namespaced"] = !v.in.Tags[t].NonNamespaced
		args["group"] = namer.IC(v.in.GoName)
		args["version"] = namer.IC(string(v.version))
		args["groupName"] = string(v.in.Group())
		args["versionName"] = string(v.version)
		args["resourceName"] = strings.ToLower(t.Name.Name) + "s"
		args["lister"] = wholefile.Ref(listers, t.Name.Name+"Lister")
		args["newLister"] = wholefile.Ref(listers, "New"+t.Name.Name+"Lister")
		for _, tpl := range []string{informerInterfaces, informerStruct, informerConstructors, informerMethods, informerConversions} {
			sw.Do(tpl, args)
		}
		return nil
	})
}

// typeArgs returns the names every informer file uses.
func typeArgs(c *generator.Context, s *side, t *types.Type) generator.Args {
	ii := path.Join(s.pkg, internalInterfaces)
	args := generator.Args{
		"type":                 t,
		"clientSetInterface":   wholefile.Ref(s.clientset, "Interface"),
		"internalFactory":      wholefile.Ref(ii, "SharedInformerFactory"),
		"tweakListOptionsFunc": wholefile.Ref(ii, "TweakListOptionsFunc"),
		"informerOptions":      wholefile.Ref(ii, "InformerOptions"),
		"contextBackground":    wholefile.Ref("context", "Background"),
		"contextContext":       wholefile.Ref("context", "Context"),
		"listOptions":          wholefile.Ref(metaPkg, "ListOptions"),
		"runtimeObject":        wholefile.Ref(runtimePkg, "Object"),
		"watchInterface":       wholefile.Ref(watchPkg, "Interface"),
		"groupVersionResource": wholefile.Ref(schemaPkg, "GroupVersionResource"),
		"timeDuration":         wholefile.Ref("time", "Duration"),
	}
	refs(c, args, "cache", cachePkg, "DeletedObject", "Indexers", "ListWatch", "MetaNamespaceIndexFunc",
		"NamespaceIndex", "NewSharedIndexInformerWithOptions", "NewTypedSharedIndexInformer",
		"SharedIndexInformerOptions", "SharedIndexInformer", "ToListWatcherWithWatchListSemantics",
		"TypedFilteringResourceEventHandler", "TypedIndexersToIndexers", "TypedIndexers",
		"TypedResourceEventHandlerDetailedFuncs", "TypedResourceEventHandlerFuncs", "TypedSharedIndexInformer")
	return args
}
