package tags

import (
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

func TestParsers(t *testing.T) {
	if v, err := String(Type, "a b,c"); v != "a b,c" || err != nil {
		t.Errorf("String = %q, %v", v, err)
	}
	for value, want := range map[string]bool{"true": true, "false": false} {
		if v, err := Bool(Type, value); v != want || err != nil {
			t.Errorf("Bool(%q) = %v, %v", value, v, err)
		}
	}
	if _, err := Bool(Package, "yes"); err == nil || err.Error() != `unsupported value "yes" on a package (doc.go) (want "true" or "false")` {
		t.Errorf("Bool(yes) error = %v", err)
	}
	if v, err := OneOf("a", "b")(Type, "b"); v != "b" || err != nil {
		t.Errorf("OneOf(b) = %q, %v", v, err)
	}
	if _, err := OneOf("a", "b")(Member, "c"); err == nil || err.Error() != `unsupported value "c" on a field (want "a" or "b")` {
		t.Errorf("OneOf(c) error = %v", err)
	}
	if v, _ := List(Type, "a,b, c"); !slices.Equal(v, []string{"a", "b", " c"}) {
		t.Errorf("List = %q", v)
	}
}

func demoFlag() Typed[bool] {
	return Declare(Definition{Name: "k8s:demo-gen", Scopes: Package | Type}, Bool)
}

func demoNames() Typed[[]string] {
	return Declare(Definition{Name: "k8s:demo-gen:names", Scopes: Type, Repeatable: true}, List)
}

func TestTypedGet(t *testing.T) {
	lines := []string{"text", "  +k8s:demo-gen=false", "+k8s:demo-gen:names=a,b", "+k8s:demo-gen:names=c"}
	if v, ok := demoFlag().Get(lines, Type); v || !ok {
		t.Errorf("Get = %v, %v; want false, true", v, ok)
	}
	if v, ok := demoFlag().Get([]string{"+k8s:other-gen=true"}, Type); v || ok {
		t.Errorf("Get of an absent tag = %v, %v; want false, false", v, ok)
	}
	if v, ok := demoFlag().Get([]string{"+k8s:demo-gen=yes"}, Type); v || ok {
		t.Errorf("Get of a bad value = %v, %v; want false, false", v, ok)
	}
	all, err := demoNames().All(lines, Type)
	if err != nil || len(all) != 2 || !slices.Equal(all[0], []string{"a", "b"}) || !slices.Equal(all[1], []string{"c"}) {
		t.Errorf("All = %q, %v", all, err)
	}
}

func TestTypedLookupError(t *testing.T) {
	_, ok, err := demoFlag().Lookup([]string{"+k8s:demo-gen=yes"}, Type)
	if !ok || err == nil || err.Error() != `+k8s:demo-gen: unsupported value "yes" on a type (want "true" or "false")` {
		t.Errorf("Lookup = %v, %v", ok, err)
	}
	if _, err := demoFlag().All([]string{"+k8s:demo-gen=true", "+k8s:demo-gen=1"}, Type); err == nil || !strings.Contains(err.Error(), `"1"`) {
		t.Errorf("All error = %v", err)
	}
}

// TestDeclaredCheck: a registry checks a declared tag with its parser.
func TestDeclaredCheck(t *testing.T) {
	reg := &Registry{Generator: "demo-gen", Namespaces: []string{"k8s:demo-gen"},
		Definitions: []Definition{demoFlag().Definition(), demoNames().Definition()}}
	errs := &diag.List{}
	where := func(string) token.Position { return token.Position{Filename: "doc.go", Line: 2, Column: 4} }
	reg.Check([]string{"+k8s:demo-gen=maybe", "+k8s:demo-gen:names=x"}, Type, where, errs)
	got := diag.Flatten(errs.Err())
	if len(got) != 1 || got[0].Error() != `doc.go:2:4: +k8s:demo-gen: unsupported value "maybe" on a type (want "true" or "false")` {
		t.Errorf("Check = %v", got)
	}
}
