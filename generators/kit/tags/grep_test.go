package tags

import (
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

func TestLineComments(t *testing.T) {
	src := "// +groupName=a.example.com\npackage p\n\n/*\n+genclient\n*/\ntype T struct {\n\tF int // +optional\n}\n\nvar s = \"// +k8s:deepcopy-gen=package\"\n\nfunc f() {\n\t//+genclient:noVerbs\n}\n"
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := LineComments(f)
	want := []string{" +groupName=a.example.com", " +optional", "+genclient:noVerbs"}
	if !slices.Equal(got, want) {
		t.Errorf("LineComments = %q, want %q", got, want)
	}
	var names []string
	for _, tag := range Written(got) {
		names = append(names, tag.Name)
	}
	if !slices.Equal(names, []string{"groupName", "optional", "genclient:noVerbs"}) {
		t.Errorf("Written(LineComments) = %q", names)
	}
}
