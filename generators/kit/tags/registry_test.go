package tags

import (
	"go/token"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

func testRegistry() *Registry {
	return &Registry{
		Generator:  "demo-gen",
		Namespaces: []string{"k8s:demo-gen"},
		Definitions: []Definition{
			{Name: "k8s:demo-gen", Scopes: Package | Type, Syntax: "true|false", Parse: Untyped(Bool)},
			{Name: "k8s:demo-gen:names", Scopes: Type, Syntax: "<name>[,...]", Repeatable: true},
		},
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		scope Scope
		want  []string // substrings, one per expected error
	}{
		{"valid", []string{"+k8s:demo-gen=true", "+k8s:demo-gen:names=a,b", "+k8s:demo-gen:names=c"}, Type, nil},
		{"other namespaces ignored", []string{"+k8s:other-gen=x", "+genclient", "plain text"}, Type, nil},
		{"bad value", []string{"+k8s:demo-gen=yes"}, Type, []string{`unsupported value "yes" on a type (want "true" or "false")`}},
		{"misspelt sub-tag", []string{"+k8s:demo-gen:name=a"}, Type, []string{"did you mean +k8s:demo-gen:names?"}},
		{"misspelt name outside the namespace", []string{"+k8s:demo-gne=true"}, Type, []string{"did you mean +k8s:demo-gen?"}},
		{"far-off unknown sub-tag", []string{"+k8s:demo-gen:zzzzzzzzzzzzzzzzzzzz=1"}, Type, []string{"known tags: +k8s:demo-gen, +k8s:demo-gen:names"}},
		{"wrong scope", []string{"+k8s:demo-gen:names=a"}, Package, []string{"not allowed on a package (doc.go); it belongs on a type"}},
		{"field scope", []string{"+k8s:demo-gen=true"}, Member, []string{"not allowed on a field"}},
		{"repeated", []string{"+k8s:demo-gen=true", "+k8s:demo-gen=false"}, Type, []string{"given more than once"}},
		{"arguments", []string{"+k8s:demo-gen(x)=true"}, Type, []string{"takes no arguments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := &diag.List{}
			where := func(line string) token.Position { return token.Position{Filename: "doc.go", Line: 1, Column: 4} }
			testRegistry().Check(tt.lines, tt.scope, where, errs)
			got := diag.Flatten(errs.Err())
			if len(got) != len(tt.want) {
				t.Fatalf("got %d errors %v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if msg := got[i].Error(); !strings.Contains(msg, w) || !strings.HasPrefix(msg, "doc.go:1:4: ") {
					t.Errorf("error %q: want doc.go:1:4 and %q", msg, w)
				}
			}
		})
	}
}

func TestCount(t *testing.T) {
	lines := []string{"+k8s:demo-gen:names=a,b", "text", "  +k8s:demo-gen:names=c", "+k8s:demo-gen=true", "+k8s:demo-gen:namesx=d"}
	if n := testRegistry().Count(lines, "k8s:demo-gen:names"); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "abc", 0}, {"abc", "abd", 1}, {"interface", "interfaces", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}} {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCheckLintRules(t *testing.T) {
	if err := CheckLintRules([]string{RuleKnownTagsOnly, RuleExplicitDisablement}); err != nil {
		t.Errorf("known rules refused: %v", err)
	}
	if err := CheckLintRules([]string{"known-tags"}); err == nil || !strings.Contains(err.Error(), "--lint-rules") {
		t.Errorf("unknown rule: got %v, want an error naming --lint-rules", err)
	}
}
