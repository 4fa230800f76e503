package inplace_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

const docGo = `// +k8s:test-gen=package
package tagged

// Foo is declared in doc.go.
// +k8s:test-gen=true
type Foo struct{}
`

const typesGo = `package tagged

import "k8s.io/apimachinery/pkg/runtime"

// +k8s:test-gen=false

// Bar is documented.
// +k8s:test-gen:extra=1
type Bar struct {
	// +k8s:test-gen:bogus
	A int
	O runtime.Object
}
`

// loadTagged loads a scratch package "tagged" and returns its view.
func loadTagged(t *testing.T) *load.Loaded {
	t.Helper()
	s := goldentest.NewScratch(t, "example.com/m", map[string]string{"tagged/doc.go": docGo, "tagged/types.go": typesGo})
	goldentest.Enter(t, s.Dir)
	u, err := load.Load([]string{"./tagged"})
	if err != nil {
		t.Fatal(err)
	}
	view, err := u.View(namer.NameSystems{"raw": namer.NewRawNamer("", nil)}, "raw", []string{"./tagged"})
	if err != nil {
		t.Fatal(err)
	}
	return view
}

// TestScaffolding loads the scratch package once and checks each piece of
// the scaffolding on it.
func TestScaffolding(t *testing.T) {
	goldentest.Loads(t)
	l := loadTagged(t)
	for _, c := range []struct {
		name  string
		check func(*testing.T, *load.Loaded)
	}{
		{"TypeLines reads the second-closest block, then the doc comment", typeLinesReadsSecondClosestThenDoc},
		{"PackageLines leaves out a type declared in doc.go", packageLinesLeavesOutATypeDeclaredInDocGo},
		{"Checker reports an unknown field tag at its line", checkerReportsUnknownFieldTagAtItsLine},
		{"Resolve", resolve},
		{"Target and File", targetAndFile},
		{"Spec", spec},
	} {
		t.Run(c.name, func(t *testing.T) { c.check(t, l) })
	}
}

func registry() *tags.Registry {
	return &tags.Registry{
		Generator:  "test-gen",
		Namespaces: []string{"k8s:test-gen"},
		Definitions: []tags.Definition{
			{Name: "k8s:test-gen", Scopes: tags.Package | tags.Type},
			{Name: "k8s:test-gen:extra", Scopes: tags.Type},
		},
	}
}

func typeLinesReadsSecondClosestThenDoc(t *testing.T, l *load.Loaded) {
	bar := l.Context.Universe.Type(types.Name{Package: "example.com/m/tagged", Name: "Bar"})
	got := inplace.TypeLines(bar)
	want := []string{"+k8s:test-gen=false", "Bar is documented.", "+k8s:test-gen:extra=1"}
	if !slices.Equal(got, want) {
		t.Errorf("TypeLines(Bar) = %q, want %q", got, want)
	}
}

func packageLinesLeavesOutATypeDeclaredInDocGo(t *testing.T, l *load.Loaded) {
	pkg := l.Context.Universe.Package("example.com/m/tagged")
	mode := tags.Declare(registry().Definitions[0], tags.String)
	if n := mode.Count(pkg.Comments); n != 2 {
		t.Fatalf("gengo's package comments hold +k8s:test-gen %d times, want 2 (the case this guards)", n)
	}
	got, _ := mode.All(inplace.PackageLines(registry(), l.Index, pkg, "k8s:test-gen"), tags.Package)
	if !slices.Equal(got, []string{"package"}) {
		t.Errorf("package values = %q, want [package]", got)
	}
}

func checkerReportsUnknownFieldTagAtItsLine(t *testing.T, l *load.Loaded) {
	pkg := l.Context.Universe.Package("example.com/m/tagged")
	errs := &diag.List{}
	var checked []string
	c := &inplace.Checker{Registry: registry(), Index: l.Index, Errs: errs,
		CheckType: func(t *types.Type) { checked = append(checked, t.Name.Name) }}
	if c.Package(pkg) {
		t.Fatal("Package reported no problem; want the unknown +k8s:test-gen:bogus")
	}
	msg := errs.Err().Error()
	if !strings.Contains(msg, "types.go:10:") || !strings.Contains(msg, "k8s:test-gen:bogus") {
		t.Errorf("error = %q, want it at types.go:10 naming k8s:test-gen:bogus", msg)
	}
	if !slices.Equal(checked, []string{"Bar", "Foo"}) {
		t.Errorf("CheckType saw %q, want [Bar Foo] in name order", checked)
	}
}

func resolve(t *testing.T, l *load.Loaded) {
	obj, err := inplace.Resolve(l, "k8s.io/apimachinery/pkg/runtime.Object")
	if err != nil || obj.Kind != types.Interface {
		t.Fatalf("Resolve(runtime.Object) = %v, %v; want the interface", obj, err)
	}
	_, err = inplace.Resolve(l, "k8s.io/apimachinery/pkg/runtime.Objekt")
	var missing *inplace.NoTypeError
	if !errors.As(err, &missing) || missing.Name != "Objekt" {
		t.Errorf("Resolve(runtime.Objekt) error = %v, want a NoTypeError for Objekt", err)
	}
	_, err = inplace.Resolve(l, "example.com/m/nowhere.Thing")
	if err == nil || !strings.Contains(err.Error(), `cannot load package "example.com/m/nowhere"`) {
		t.Errorf("Resolve(nowhere.Thing) error = %v, want one naming the package", err)
	}
	if _, err := inplace.Resolve(l, "Object"); err == nil {
		t.Error("Resolve(Object) gave no error for an unqualified name")
	}
}

func targetAndFile(t *testing.T, l *load.Loaded) {
	pkg := l.Context.Universe.Package("example.com/m/tagged")
	f := inplace.NewFile(pkg, "zz_generated.test.go")
	obj := l.Context.Universe.Type(types.Name{Package: "k8s.io/apimachinery/pkg/runtime", Name: "Object"})
	bar := l.Context.Universe.Type(types.Name{Package: pkg.Path, Name: "Bar"})
	if got := f.Raw.Name(obj) + " " + f.Raw.Name(bar); got != "runtime.Object Bar" {
		t.Errorf("raw names = %q, want %q", got, "runtime.Object Bar")
	}
	if got := f.Imports(nil); !slices.Equal(got, []string{`runtime "k8s.io/apimachinery/pkg/runtime"`}) {
		t.Errorf("Imports = %q, want only runtime", got)
	}
	tgt := inplace.Target(pkg, []byte("// header\n"), &f)
	if tgt.Path() != pkg.Path || tgt.Dir() != pkg.Dir || tgt.Name() != "tagged" {
		t.Errorf("target = %s %s %s, want the package's path, dir and name", tgt.Path(), tgt.Dir(), tgt.Name())
	}
	if !tgt.Filter(l.Context, bar) || tgt.Filter(l.Context, obj) {
		t.Error("the target's filter must keep the package's own types only")
	}
	if gens := tgt.Generators(l.Context); len(gens) != 1 || gens[0].Filename() != "zz_generated.test.go" {
		t.Errorf("generators = %v, want the one file", gens)
	}
	var _ generator.Generator = &f
}

// testArgs are the flags of a test generator: FileFlags only.
type testArgs struct{ inplace.FileFlags }

func spec(t *testing.T, l *load.Loaded) {
	args := &testArgs{FileFlags: inplace.NewFileFlags("zz_generated.test.go")}
	args.LintRules = []string{tags.RuleKnownTagsOnly}
	var got *inplace.Plan
	s := inplace.Spec("test-gen", "generates tests.", args, func() namer.NameSystems { return nil }, registry,
		func(p *inplace.Plan, a *testArgs) ([]generator.Target, error) {
			if a != args {
				t.Error("the targets function was not given the generator's flags")
			}
			got = p
			return nil, p.Errs.Err()
		})
	if s.Name != "test-gen" || s.Summary != "generates tests." || s.Order != "public" || !slices.Equal(s.LintRules(), args.LintRules) || s.Output != nil || s.Inputs != nil {
		t.Errorf("spec = %+v; want test-gen ordered by public, with the flags' lint rules, writing into its input packages", s)
	}
	if _, err := s.Targets(l); err != nil {
		t.Fatal(err)
	}
	hdr := string(got.Header)
	if !strings.HasPrefix(hdr, "//go:build !ignore_autogenerated\n") || !strings.Contains(hdr, "Code generated by test-gen. DO NOT EDIT.") {
		t.Errorf("header = %q, want the default build tag and the generator's name", hdr)
	}
	if in := got.Inputs(); len(in) != 1 || in[0].Path != "example.com/m/tagged" || got.Registry.Generator != "test-gen" {
		t.Fatalf("plan inputs %v, registry %v; want the tagged package and the generator's registry", in, got.Registry)
	}
	if got.Check(got.Inputs()[0], nil) || !strings.Contains(got.Errs.Err().Error(), "k8s:test-gen:bogus") {
		t.Errorf("Check found no problem, or not the unknown tag: %v", got.Errs.Err())
	}
	args.BuildTag = ""
	if _, err := s.Targets(l); err != nil || strings.Contains(string(got.Header), "go:build") {
		t.Errorf("with no build tag: header %q, err %v; want no build line", got.Header, err)
	}
}
