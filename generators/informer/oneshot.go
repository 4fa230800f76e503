package informer

import (
	"io"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// oneShot is a generator that writes its whole file once, in Init: every
// informer-gen file is about a set of types known in advance, not about
// each type of the universe in turn.
type oneShot struct {
	generator.GoGenerator
	pkg     string
	imports namer.ImportTracker
	write   func(c *generator.Context, sw *generator.SnippetWriter)
}

func newOneShot(file, pkg string, write func(*generator.Context, *generator.SnippetWriter)) *oneShot {
	return &oneShot{
		GoGenerator: generator.GoGenerator{OutputFilename: file},
		pkg:         pkg,
		imports:     generator.NewImportTrackerForPackage(pkg),
		write:       write,
	}
}

// Filter takes no types: the file is written in Init.
func (g *oneShot) Filter(*generator.Context, *types.Type) bool { return false }

// Namers names types relative to the output package, tracking imports.
func (g *oneShot) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the packages the file names.
func (g *oneShot) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// Init writes the file.
func (g *oneShot) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	g.write(c, sw)
	return sw.Error()
}

// ref returns the type (or function, constant...) pkg.name, to be named
// through the raw namer so that its package is imported.
func ref(c *generator.Context, pkg, name string) *types.Type {
	return c.Universe.Type(types.Name{Package: pkg, Name: name})
}

// refs returns ref for each name, keyed by key+name, e.g. "cache"+"Indexers".
func refs(c *generator.Context, args generator.Args, key, pkg string, names ...string) {
	for _, n := range names {
		args[key+n] = ref(c, pkg, n)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// firstLabel cuts a dotted name at its first dot.
func firstLabel(s string) string { return strings.SplitN(s, ".", 2)[0] }
