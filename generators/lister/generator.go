package lister

import (
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// The client-go packages a lister names.
const (
	listersPkg = "k8s.io/client-go/listers"
	cachePkg   = "k8s.io/client-go/tools/cache"
	labelsPkg  = "k8s.io/apimachinery/pkg/labels"
)

// newListerGenerator returns the generator of <type>.go: the lister of t.
func newListerGenerator(pkg string, t *types.Type, nonNamespaced bool) *wholefile.PerType {
	return wholefile.NewPerType(strings.ToLower(t.Name.Name)+".go", pkg, wholefile.Only(t),
		func(c *generator.Context, sw *generator.SnippetWriter, t *types.Type) error {
			writeLister(c, sw, t, nonNamespaced)
			return nil
		})
}

// writeLister writes the lister, and for namespaced types its namespace
// lister.
func writeLister(c *generator.Context, sw *generator.SnippetWriter, t *types.Type, nonNamespaced bool) {
	args := generator.Args{
		"type":            t,
		"Resource":        c.Universe.Function(types.Name{Package: t.Name.Package, Name: "Resource"}),
		"labelsSelector":  c.Universe.Type(types.Name{Package: labelsPkg, Name: "Selector"}),
		"resourceIndexer": c.Universe.Type(types.Name{Package: listersPkg, Name: "ResourceIndexer"}),
		"newIndexer":      c.Universe.Function(types.Name{Package: listersPkg, Name: "New"}),
		"newNamespaced":   c.Universe.Function(types.Name{Package: listersPkg, Name: "NewNamespaced"}),
		"cacheIndexer":    c.Universe.Type(types.Name{Package: cachePkg, Name: "Indexer"}),
	}
	if nonNamespaced {
		sw.Do(clusterListerInterface, args)
	} else {
		sw.Do(namespacedListerInterface, args)
	}
	sw.Do(listerStruct, args)
	if !nonNamespaced {
		sw.Do(namespaceLister, args)
	}
}

const namespacedListerInterface = `
// $.type|public$Lister helps list $.type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.type|public$Lister interface {
	// List lists all $.type|publicPlural$ in the indexer.
	// Objects returned here must be treated as read-only.
	List(selector $.labelsSelector|raw$) (ret []*$.type|raw$, err error)
	// $.type|publicPlural$ returns an object that can list and get $.type|publicPlural$.
	$.type|publicPlural$(namespace string) $.type|public$NamespaceLister
	$.type|public$ListerExpansion
}
`

const clusterListerInterface = `
// $.type|public$Lister helps list $.type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.type|public$Lister interface {
	// List lists all $.type|publicPlural$ in the indexer.
	// Objects returned here must be treated as read-only.
	List(selector $.labelsSelector|raw$) (ret []*$.type|raw$, err error)
	// Get retrieves the $.type|public$ from the index for a given name.
	// Objects returned here must be treated as read-only.
	Get(name string) (*$.type|raw$, error)
	$.type|public$ListerExpansion
}
`

// listerStruct embeds a typed indexer, so that expansion methods have a
// receiver, and constructs it.
const listerStruct = `
// $.type|private$Lister implements the $.type|public$Lister interface.
type $.type|private$Lister struct {
	$.resourceIndexer|raw$[*$.type|raw$]
}

// New$.type|public$Lister returns a new $.type|public$Lister.
func New$.type|public$Lister(indexer $.cacheIndexer|raw$) $.type|public$Lister {
	return &$.type|private$Lister{$.newIndexer|raw$[*$.type|raw$](indexer, $.Resource|raw$("$.type|lowercaseSingular$"))}
}
`

const namespaceLister = `
// $.type|publicPlural$ returns an object that can list and get $.type|publicPlural$.
func (s *$.type|private$Lister) $.type|publicPlural$(namespace string) $.type|public$NamespaceLister {
	return $.type|private$NamespaceLister{$.newNamespaced|raw$[*$.type|raw$](s.ResourceIndexer, namespace)}
}

// $.type|public$NamespaceLister helps list and get $.type|publicPlural$.
// All objects returned here must be treated as read-only.
type $.type|public$NamespaceLister interface {
	// List lists all $.type|publicPlural$ in the indexer for a given namespace.
	// Objects returned here must be treated as read-only.
	List(selector $.labelsSelector|raw$) (ret []*$.type|raw$, err error)
	// Get retrieves the $.type|public$ from the indexer for a given namespace and name.
	// Objects returned here must be treated as read-only.
	Get(name string) (*$.type|raw$, error)
	$.type|public$NamespaceListerExpansion
}

// $.type|private$NamespaceLister implements the $.type|public$NamespaceLister
// interface.
type $.type|private$NamespaceLister struct {
	$.resourceIndexer|raw$[*$.type|raw$]
}
`

// expansions returns the expansion interfaces of expansion_generated.go:
// for each type of ts its lister's, and for namespaced types its namespace
// lister's.
func expansions(in *apigroup.Input, ts []*types.Type) []wholefile.Expansion {
	var out []wholefile.Expansion
	for _, t := range ts {
		out = append(out, wholefile.Expansion{Type: t, Decl: listerExpansion})
		if !in.Tags[t].NonNamespaced {
			out = append(out, wholefile.Expansion{Type: t, Decl: namespaceListerExpansion})
		}
	}
	return out
}

const listerExpansion = `
// $.|public$ListerExpansion allows custom methods to be added to
// $.|public$Lister.
type $.|public$ListerExpansion interface {}
`

const namespaceListerExpansion = `
// $.|public$NamespaceListerExpansion allows custom methods to be added to
// $.|public$NamespaceLister.
type $.|public$NamespaceListerExpansion interface {}
`
