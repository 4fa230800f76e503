package wholefile_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// write runs a whole-file generator the way gengo does (Init with the
// generator's own name systems) and returns the body and the imports.
func write(t *testing.T, g *wholefile.Generator) (string, []string) {
	t.Helper()
	c := &generator.Context{Namers: g.Namers(nil), Universe: types.Universe{}}
	var b strings.Builder
	if err := g.Init(c, &b); err != nil {
		t.Fatal(err)
	}
	return b.String(), g.Imports(c)
}

// TestImportsThroughTheTracker: identifiers of other packages are named
// through the tracker, which imports exactly what the file names, pinned
// names as pinned, and nothing of the file's own package.
func TestImportsThroughTheTracker(t *testing.T) {
	g := wholefile.New("fake.go", "example.com/gen/fake", func(_ *generator.Context, sw *generator.SnippetWriter) error {
		sw.Do("var _ = $.fake|raw$\nvar _ $.deployment|raw$\nvar _ $.own|raw$\n", generator.Args{
			"fake":       wholefile.Ref("k8s.io/client-go/testing", "Fake"),
			"deployment": wholefile.Ref("k8s.io/api/apps/v1", "Deployment"),
			"own":        wholefile.Ref("example.com/gen/fake", "Thing"),
		})
		return nil
	})
	g.Alias("k8s.io/client-go/testing", "")
	g.Alias("k8s.io/api/apps/v1", "appsv1")
	g.Alias("k8s.io/apimachinery/pkg/runtime", "runtime") // pinned, never named: not imported
	body, imports := write(t, g)
	if want := "var _ = testing.Fake\nvar _ appsv1.Deployment\nvar _ Thing\n"; body != want {
		t.Errorf("body:\n%s\nwant:\n%s", body, want)
	}
	slices.Sort(imports)
	if want := []string{`"k8s.io/client-go/testing"`, `appsv1 "k8s.io/api/apps/v1"`}; !slices.Equal(imports, want) {
		t.Errorf("imports = %q, want %q", imports, want)
	}
}

// TestPerTypeTarget: a target passes on the types its per-type generators
// keep, and a per-type generator writes only its own.
func TestPerTypeTarget(t *testing.T) {
	a, b := types.Ref("example.com/api/v1", "A"), types.Ref("example.com/api/v1", "B")
	pt := wholefile.NewPerType("a.go", "example.com/gen", wholefile.Only(a), func(_ *generator.Context, sw *generator.SnippetWriter, t *types.Type) error {
		sw.Do("// $.|raw$\n", t)
		return nil
	})
	whole := wholefile.New("doc.go", "example.com/gen", func(*generator.Context, *generator.SnippetWriter) error { return nil })
	tgt := wholefile.Target("/out/gen", "example.com/gen", "gen", nil, pt, whole)
	if !tgt.Filter(nil, a) || tgt.Filter(nil, b) {
		t.Error("the target must pass on A, which the per-type generator keeps, and not B")
	}
	if whole.Filter(nil, a) {
		t.Error("a whole-file generator takes no types")
	}
	c := &generator.Context{Namers: pt.Namers(nil), Universe: types.Universe{}}
	var out strings.Builder
	if err := pt.GenerateType(c, a, &out); err != nil || out.String() != "// v1.A\n" {
		t.Errorf("GenerateType(A) = %q, %v; want %q", out.String(), err, "// v1.A\n")
	}
}

// TestUnexpanded: a type with a hand-written <type>_expansion.go gets no
// generated expansion interface.
func TestUnexpanded(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "widget_expansion.go"), []byte("package v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	widget, gadget := types.Ref("example.com/api/v1", "Widget"), types.Ref("example.com/api/v1", "Gadget")
	got, err := wholefile.Unexpanded(dir, []*types.Type{widget, gadget})
	if err != nil || len(got) != 1 || got[0] != gadget {
		t.Fatalf("Unexpanded = %v, %v; want [Gadget]", got, err)
	}
	g := wholefile.NewExpansions("expansion_generated.go", "example.com/gen/listers/v1", []wholefile.Expansion{
		{Type: gadget, Decl: "\ntype $.|public$Expansion interface{}\n"},
	})
	c := &generator.Context{Namers: g.Namers(nil), Universe: types.Universe{}}
	c.Namers["public"] = namer.NewPublicNamer(0)
	var b strings.Builder
	if err := g.Init(c, &b); err != nil {
		t.Fatal(err)
	}
	if b.String() != "\ntype GadgetExpansion interface{}\n" {
		t.Errorf("expansions:\n%s\nwant Gadget's only", b.String())
	}
}
