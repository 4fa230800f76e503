package load_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/parser"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// gengoUniverse loads patterns with gengo's parser alone, as the kit did
// before its fast loader.
func gengoUniverse(t *testing.T, patterns []string, buildTags []string) *generator.Context {
	t.Helper()
	p := parser.NewWithOptions(parser.Options{BuildTags: buildTags})
	if err := p.LoadPackages(patterns...); err != nil {
		t.Fatal(err)
	}
	c, err := generator.NewContext(p, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// universeDiff describes how two universes differ: packages, their
// directories, names, comments and imports, and every type, function,
// variable and constant with all gengo records of it, compared by name.
func universeDiff(got, want types.Universe) []string {
	var diffs []string
	for _, path := range slices.Sorted(maps.Keys(want)) {
		g, w := got[path], want[path]
		if g == nil {
			diffs = append(diffs, "missing package "+path)
			continue
		}
		if g.Path != w.Path || g.Dir != w.Dir || g.Name != w.Name || !reflect.DeepEqual(g.Comments, w.Comments) ||
			!reflect.DeepEqual(g.DocComments, w.DocComments) || !slices.Equal(slices.Sorted(maps.Keys(g.Imports)), slices.Sorted(maps.Keys(w.Imports))) {
			diffs = append(diffs, fmt.Sprintf("package %s: got %q %q %q %q %v, want %q %q %q %q %v", path, g.Path, g.Dir, g.Name, g.Comments, slices.Sorted(maps.Keys(g.Imports)),
				w.Path, w.Dir, w.Name, w.Comments, slices.Sorted(maps.Keys(w.Imports))))
		}
		for kind, sets := range map[string][2]map[string]*types.Type{
			"type": {g.Types, w.Types}, "func": {g.Functions, w.Functions}, "var": {g.Variables, w.Variables}, "const": {g.Constants, w.Constants},
		} {
			gs, ws := sets[0], sets[1]
			if extra, missing := keyDiff(gs, ws); !receiversOnly(extra, missing) && !(w.Name == "" && unexported(extra) && unexported(missing)) {
				diffs = append(diffs, fmt.Sprintf("package %s: %ss: extra %v, missing %v", path, kind, extra, missing))
			}
			for name, wt := range ws {
				if gt, ok := gs[name]; ok {
					if d := typeDiff(gt, wt); d != "" {
						diffs = append(diffs, fmt.Sprintf("%s %s.%s: %s", kind, path, name, d))
					}
				}
			}
		}
	}
	for path := range got {
		if want[path] == nil {
			diffs = append(diffs, "extra package "+path)
		}
	}
	return diffs
}

// keyDiff returns the keys only got has, and those only want has.
func keyDiff[V any](got, want map[string]V) (extra, missing []string) {
	for k := range got {
		if _, ok := want[k]; !ok {
			extra = append(extra, k)
		}
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			missing = append(missing, k)
		}
	}
	slices.Sort(extra)
	slices.Sort(missing)
	return extra, missing
}

// typeDiff compares one type's records, its parts by name.
func typeDiff(g, w *types.Type) string {
	name := func(t *types.Type) string {
		if t == nil {
			return "<nil>"
		}
		return t.String()
	}
	type view struct {
		Name, Elem, Key, Underlying         string
		Kind                                types.Kind
		Comments, Second                    []string
		Members, Methods, Params, Signature []string
		Len                                 int64
		Const                               *string
	}
	see := func(t *types.Type) view {
		v := view{Name: name(t), Elem: name(t.Elem), Key: name(t.Key), Underlying: name(t.Underlying), Kind: t.Kind,
			Comments: t.CommentLines, Second: t.SecondClosestCommentLines, Len: t.Len, Const: t.ConstValue}
		for _, m := range t.Members {
			v.Members = append(v.Members, fmt.Sprintf("%s %v %s %q %q", m.Name, m.Embedded, name(m.Type), m.Tags, m.CommentLines))
		}
		for _, k := range slices.Sorted(maps.Keys(t.Methods)) {
			v.Methods = append(v.Methods, fmt.Sprintf("%s %s %q", k, receiverless(name(t.Methods[k])), t.Methods[k].CommentLines))
		}
		for _, k := range slices.Sorted(maps.Keys(t.TypeParams)) {
			v.Params = append(v.Params, k+" "+name(t.TypeParams[k]))
		}
		if s := t.Signature; s != nil {
			v.Signature = append(v.Signature, fmt.Sprint(s.Variadic))
			for _, p := range append(slices.Clone(s.Parameters), s.Results...) {
				v.Signature = append(v.Signature, p.Name+" "+name(p.Type))
			}
		}
		return v
	}
	if gv, wv := see(g), see(w); !reflect.DeepEqual(gv, wv) {
		return fmt.Sprintf("got %+v\nwant %+v", gv, wv)
	}
	return ""
}

// TestFastLoaderMatchesGengo loads packages with the fast loader and with
// gengo's parser, and requires the same universe: the golden cases of
// every generator, the Network example, and k8s.io/api with apimachinery
// (read in place in the module cache, where nothing is written).
func TestFastLoaderMatchesGengo(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	cases := map[string][]string{
		root:                            goldenPatterns(t, root),
		filepath.Join(root, "examples"): {"./network/pkg/apis/..."},
		goldentest.ModuleDir(t, "k8s.io/api", "v0.37.2"): {"./..."},
	}
	for dir, patterns := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) { compareLoaders(t, dir, patterns) })
	}
	// With an empty build cache there is no export data: every package is
	// read from source, those that use cgo without it.
	t.Run("examples-cold", func(t *testing.T) {
		t.Setenv("GOCACHE", t.TempDir())
		compareLoaders(t, filepath.Join(root, "examples"), []string{"./network/pkg/apis/..."})
	})
}

// compareLoaders loads patterns in dir with both loaders and requires the
// same inputs and universe.
func compareLoaders(t *testing.T, dir string, patterns []string) {
	t.Chdir(dir)
	tags := []string{"ignore_autogenerated"}
	want := gengoUniverse(t, patterns, tags)
	got, fast, err := load.LoadForTest(patterns, tags)
	if err != nil {
		t.Fatal(err)
	}
	if !fast {
		t.Fatal("the fast loader gave way to gengo's")
	}
	if !slices.Equal(got.Inputs, want.Inputs) {
		t.Errorf("inputs %v, want %v", got.Inputs, want.Inputs)
	}
	diffs := universeDiff(got.Universe, want.Universe)
	for _, d := range diffs[:min(len(diffs), 20)] {
		t.Error(d)
	}
	if len(diffs) > 20 {
		t.Errorf("and %d more", len(diffs)-20)
	}
}

// goldenPatterns returns a pattern for each golden case of every
// generator (not the error cases, some of which do not parse).
func goldenPatterns(t *testing.T, root string) []string {
	dirs, err := filepath.Glob(filepath.Join(root, "testdata", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range dirs {
		if info, err := os.Stat(d); err == nil && info.IsDir() && !strings.HasPrefix(filepath.Base(d), "errors") {
			rel, _ := filepath.Rel(root, d)
			out = append(out, "./"+filepath.ToSlash(rel)+"/...")
		}
	}
	return out
}

// The comparison allows the one difference export data makes: a type
// defined as another interface type (gopkg.in/inf.v0's "type Rounder
// rounder", protoreflect's "type doNotImplement pragma.DoNotImplement")
// has methods whose receiver export data names as the new type, where
// source names the interface's own, so a method's name differs in its
// receiver, and an unexported type of a dependency is in one universe and
// not the other. No generator sees either.

// receiverless drops the receiver from a method's name:
// "func (k8s.io/x.T).M()" becomes "func ().M()".
func receiverless(name string) string {
	if !strings.HasPrefix(name, "func (") {
		return name
	}
	if i := strings.Index(name, ")."); i >= 0 {
		return "func ()" + name[i+1:]
	}
	return name
}

// receiversOnly reports whether the names one universe has and the other
// has not differ only in the receivers of methods, one for one.
func receiversOnly(extra, missing []string) bool {
	if len(extra) != len(missing) {
		return false
	}
	for i := range extra {
		if !strings.HasPrefix(extra[i], "func (") || receiverless(extra[i]) != receiverless(missing[i]) {
			return false
		}
	}
	return true
}

// unexported reports whether every name is of an unexported type.
func unexported(names []string) bool {
	for _, n := range names {
		if n == "" || !unicode.IsLower(rune(n[0])) {
			return false
		}
	}
	return true
}
