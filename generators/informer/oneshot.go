package informer

import (
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// oneShot is a whole-file generator whose writer cannot fail.
type oneShot = wholefile.Generator

func newOneShot(file, pkg string, write func(*generator.Context, *generator.SnippetWriter)) *oneShot {
	return wholefile.New(file, pkg, wholefile.NoError(write))
}

// ref returns pkg.name for the raw namer.
func ref(c *generator.Context, pkg, name string) *types.Type { return wholefile.Ref(c, pkg, name) }

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
