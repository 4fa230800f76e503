package tags

import (
	"go/token"
	"slices"
	"strings"
	"testing"
)

type demoMode string

const (
	demoPackage demoMode = "package"
	demoFalse   demoMode = "false"
)

func TestEach(t *testing.T) {
	mode := Declare(Definition{Name: "k8s:demo-gen", Scopes: Package, Repeatable: true}, Enum(demoPackage, demoFalse))
	lines := []string{"text", "+k8s:demo-gen=package", "  +k8s:demo-gen=maybe", "+k8s:demo-gen:names=x"}
	got := mode.Each(lines, Package)
	if len(got) != 2 || got[0].Val != demoPackage || got[0].Err != nil || got[0].Raw != "package" {
		t.Fatalf("Each = %+v", got)
	}
	if got[1].Val != "" || got[1].Raw != "maybe" || got[1].Err == nil ||
		got[1].Err.Error() != `+k8s:demo-gen: unsupported value "maybe" on a package (doc.go) (want "package" or "false")` {
		t.Errorf("Each[1] = %+v", got[1])
	}
	lineNo := map[string]int{"k8s:demo-gen=package": 2, "k8s:demo-gen=maybe": 3}
	where := func(line string) token.Position {
		return token.Position{Filename: "doc.go", Line: lineNo[line], Column: 4}
	}
	if at := got[1].At(where); at.Line != 3 {
		t.Errorf("At = %v, want line 3", at)
	}
	if n := mode.Count(lines); n != 2 {
		t.Errorf("Count = %d", n)
	}
}

func TestValueParsers(t *testing.T) {
	for _, bad := range []string{"", "./x", "../x", "a b"} {
		if _, err := PackagePath(Package, bad); err == nil || !strings.Contains(err.Error(), "not an import path") {
			t.Errorf("PackagePath(%q) error = %v", bad, err)
		}
	}
	if v, err := PackagePath(Package, "k8s.io/api/core/v1"); v != "k8s.io/api/core/v1" || err != nil {
		t.Errorf("PackagePath = %q, %v", v, err)
	}
	if v, err := JSON(Member, `{"a":[1]}`); err != nil || v.(map[string]any)["a"].([]any)[0] != 1.0 {
		t.Errorf("JSON = %v, %v", v, err)
	}
	if _, err := JSON(Member, "abc"); err == nil || !strings.Contains(err.Error(), "double quotes") {
		t.Errorf("JSON(abc) error = %v", err)
	}
	if v, _ := TrimmedList(Type, " a, ,b ,"); !slices.Equal(v, []string{"a", "b"}) {
		t.Errorf("TrimmedList = %q", v)
	}
	if v, err := Enum(demoPackage, demoFalse)(Type, "false"); v != demoFalse || err != nil {
		t.Errorf("Enum = %q, %v", v, err)
	}
}
