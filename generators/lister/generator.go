package lister

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
)

// The client-go packages a lister names.
const (
	listersPkg = "k8s.io/client-go/listers"
	cachePkg   = "k8s.io/client-go/tools/cache"
	labelsPkg  = "k8s.io/apimachinery/pkg/labels"
)

// listerGenerator writes <type>.go: the lister of one type.
type listerGenerator struct {
	generator.GoGenerator
	pkg           string
	t             *types.Type
	nonNamespaced bool
	imports       namer.ImportTracker
}

func newListerGenerator(pkg string, t *types.Type, nonNamespaced bool) *listerGenerator {
	return &listerGenerator{
		GoGenerator:   generator.GoGenerator{OutputFilename: strings.ToLower(t.Name.Name) + ".go"},
		pkg:           pkg,
		t:             t,
		nonNamespaced: nonNamespaced,
		imports:       generator.NewImportTrackerForPackage(pkg),
	}
}

// Filter keeps the one type this file is for.
func (g *listerGenerator) Filter(_ *generator.Context, t *types.Type) bool { return t == g.t }

// Namers names types relative to the output package, tracking imports.
func (g *listerGenerator) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the packages the file names.
func (g *listerGenerator) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// GenerateType writes the lister, and for namespaced types its
// namespace lister.
func (g *listerGenerator) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	args := generator.Args{
		"type":            t,
		"Resource":        c.Universe.Function(types.Name{Package: t.Name.Package, Name: "Resource"}),
		"labelsSelector":  c.Universe.Type(types.Name{Package: labelsPkg, Name: "Selector"}),
		"resourceIndexer": c.Universe.Type(types.Name{Package: listersPkg, Name: "ResourceIndexer"}),
		"newIndexer":      c.Universe.Function(types.Name{Package: listersPkg, Name: "New"}),
		"newNamespaced":   c.Universe.Function(types.Name{Package: listersPkg, Name: "NewNamespaced"}),
		"cacheIndexer":    c.Universe.Type(types.Name{Package: cachePkg, Name: "Indexer"}),
	}
	if g.nonNamespaced {
		sw.Do(clusterListerInterface, args)
	} else {
		sw.Do(namespacedListerInterface, args)
	}
	sw.Do(listerStruct, args)
	if !g.nonNamespaced {
		sw.Do(namespaceLister, args)
	}
	return sw.Error()
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

// expansionGenerator writes expansion_generated.go: an empty expansion
// interface per type, unless the type's <type>_expansion.go exists in the
// output directory, where the user declares it with methods.
type expansionGenerator struct {
	generator.GoGenerator
	dir   string
	types []*types.Type
	in    *apigroup.Input
}

func newExpansionGenerator(dir string, ts []*types.Type, in *apigroup.Input) *expansionGenerator {
	return &expansionGenerator{GoGenerator: generator.GoGenerator{OutputFilename: "expansion_generated.go"}, dir: dir, types: ts, in: in}
}

// Filter runs GenerateType once, for the first type.
func (g *expansionGenerator) Filter(_ *generator.Context, t *types.Type) bool { return t == g.types[0] }

// GenerateType writes the expansion interfaces of every type.
func (g *expansionGenerator) GenerateType(c *generator.Context, _ *types.Type, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	for _, t := range g.types {
		manual := filepath.Join(g.dir, strings.ToLower(t.Name.Name+"_expansion.go"))
		_, err := os.Stat(manual)
		switch {
		case err == nil:
			continue
		case !errors.Is(err, fs.ErrNotExist):
			return err
		}
		sw.Do(listerExpansion, t)
		if !g.in.Tags[t].NonNamespaced {
			sw.Do(namespaceListerExpansion, t)
		}
	}
	return sw.Error()
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
