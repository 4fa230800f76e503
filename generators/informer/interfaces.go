package informer

import (
	"path"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// newVersionInterface returns the generator of a version's interface.go:
// an accessor per informer type.
func newVersionInterface(pkg string, s *side, v versionInfo) *wholefile.Generator {
	return wholefile.New("interface.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := internalArgs(c, s)
		args["types"] = v.types
		sw.Do(versionInterface, args)
		for _, t := range v.types {
			args["type"] = t
			args["namespaced"] = !v.in.Tags[t].NonNamespaced
			sw.Do(versionAccessor, args)
		}
		return nil
	})
}

const versionInterface = `
// Interface provides access to all the informers in this group version.
type Interface interface {
	$- range .types $
	// $.|publicPlural$ returns a $.|public$Informer.
	$.|publicPlural$() Typed$.|public$Informer
	$- end $
}

type version struct {
	factory          $.internalFactory|raw$
	namespace        string
	tweakListOptions $.tweakListOptionsFunc|raw$
}

// New returns a new Interface.
func New(f $.internalFactory|raw$, namespace string, tweakListOptions $.tweakListOptionsFunc|raw$) Interface {
	return &version{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
`

const versionAccessor = `
// $.type|publicPlural$ returns a Typed$.type|public$Informer.
func (v *version) $.type|publicPlural$() Typed$.type|public$Informer {
	return &$.type|private$Informer{factory: v.factory$if .namespaced$, namespace: v.namespace$end$, tweakListOptions: v.tweakListOptions}
}
`

// groupVersion is a version as a group's interface names it.
type groupVersion struct {
	Name      string      // e.g. "V1beta1"
	Interface *types.Type // the version package's Interface
	New       *types.Type // the version package's New
}

// newGroupInterface returns the generator of a group's interface.go: an
// accessor per version.
func newGroupInterface(pkg string, s *side, gvs *groupVersions) *wholefile.Generator {
	return wholefile.New("interface.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := internalArgs(c, s)
		var versions []groupVersion
		for _, v := range gvs.versions {
			vpkg := path.Join(pkg, v.version.PackageName())
			versions = append(versions, groupVersion{
				Name:      namer.IC(v.version.NonEmpty()),
				Interface: wholefile.Ref(vpkg, "Interface"),
				New:       wholefile.Ref(vpkg, "New"),
			})
		}
		args["versions"] = versions
		sw.Do(groupInterface, args)
		return nil
	})
}

const groupInterface = `
// Interface provides access to each of this group's versions.
type Interface interface {
	$- range .versions $
	// $.Name$ provides access to shared informers for resources in $.Name$.
	$.Name$() $.Interface|raw$
	$- end $
}

type group struct {
	factory          $.internalFactory|raw$
	namespace        string
	tweakListOptions $.tweakListOptionsFunc|raw$
}

// New returns a new Interface.
func New(f $.internalFactory|raw$, namespace string, tweakListOptions $.tweakListOptionsFunc|raw$) Interface {
	return &group{factory: f, namespace: namespace, tweakListOptions: tweakListOptions}
}
$ range .versions $
// $.Name$ returns a new $.Interface|raw$.
func (g *group) $.Name$() $.Interface|raw$ {
	return $.New|raw$(g.factory, g.namespace, g.tweakListOptions)
}
$ end $
`

// internalArgs names the internal interfaces of a side.
func internalArgs(c *generator.Context, s *side) generator.Args {
	ii := path.Join(s.pkg, internalInterfaces)
	return generator.Args{
		"internalFactory":      wholefile.Ref(ii, "SharedInformerFactory"),
		"tweakListOptionsFunc": wholefile.Ref(ii, "TweakListOptionsFunc"),
	}
}

// newInternalInterfaces returns the generator of
// internalinterfaces/factory_interfaces.go.
func newInternalInterfaces(pkg string, s *side) *wholefile.Generator {
	return wholefile.New("factory_interfaces.go", pkg, func(c *generator.Context, sw *generator.SnippetWriter) error {
		args := generator.Args{
			"clientSetInterface": wholefile.Ref(s.clientset, "Interface"),
			"timeDuration":       wholefile.Ref("time", "Duration"),
			"runtimeObject":      wholefile.Ref(runtimePkg, "Object"),
			"listOptions":        wholefile.Ref(metaPkg, "ListOptions"),
		}
		refs(c, args, "cache", cachePkg, "SharedIndexInformer", "InformerName", "Indexers")
		sw.Do(internalInterfacesFile, args)
		return nil
	})
}

const internalInterfacesFile = `
// NewInformerFunc takes $.clientSetInterface|raw$ and $.timeDuration|raw$ to return a SharedIndexInformer.
type NewInformerFunc func($.clientSetInterface|raw$, $.timeDuration|raw$) $.cacheSharedIndexInformer|raw$

// SharedInformerFactory a small interface to allow for adding an informer without an import cycle
type SharedInformerFactory interface {
	Start(stopCh <-chan struct{})
	InformerFor(obj $.runtimeObject|raw$, newFunc NewInformerFunc) $.cacheSharedIndexInformer|raw$
	InformerName() *$.cacheInformerName|raw$
}

// TweakListOptionsFunc is a function that transforms a $.listOptions|raw$.
type TweakListOptionsFunc func(*$.listOptions|raw$)

// InformerOptions holds the options for creating an informer.
type InformerOptions struct {
	// ResyncPeriod is the resync period for this informer.
	// If not set, defaults to 0 (no resync).
	ResyncPeriod $.timeDuration|raw$

	// Indexers are the indexers for this informer.
	Indexers $.cacheIndexers|raw$

	// InformerName is used to uniquely identify this informer for metrics.
	// If not set, metrics will not be published for this informer.
	// Use cache.NewInformerName() to create an InformerName at startup.
	InformerName *$.cacheInformerName|raw$

	// TweakListOptions is an optional function to modify the list options.
	TweakListOptions TweakListOptionsFunc
}
`
