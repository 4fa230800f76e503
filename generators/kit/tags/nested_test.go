package tags

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// validationRegistry declares a few of declarative validation's tags.
func validationRegistry() *Registry {
	integer := func(_ Scope, v string) (int64, error) { return strconv.ParseInt(v, 0, 64) }
	bare := func(_ Scope, v string) (bool, error) {
		if v != "" {
			return false, fmt.Errorf("takes no value")
		}
		return true, nil
	}
	field := Member | Type
	return &Registry{Generator: "validation-gen", Definitions: []Definition{
		Declare(Definition{Name: "k8s:required", Scopes: field}, bare).Definition(),
		Declare(Definition{Name: "k8s:maximum", Scopes: field, Syntax: "<int>"}, integer).Definition(),
		Declare(Definition{Name: "k8s:minimum", Scopes: field, Syntax: "<int>"}, integer).Definition(),
		Declare(Definition{Name: "k8s:listMapKey", Scopes: field, Syntax: "<field>"}, String).Definition(),
		{Name: "k8s:eachVal", Scopes: field, Syntax: "+<tag>", TagValue: true},
		{Name: "k8s:ifEnabled", Scopes: field, Syntax: "(<Gate>)=+<tag>", TagValue: true, Args: []ArgDecl{{Type: ArgString}}},
		{Name: "k8s:item", Scopes: field, Syntax: `(<field>: <value>)=+<tag>`, TagValue: true,
			Args: []ArgDecl{{Name: "type", Type: ArgString, Optional: true}, {Name: "id", Type: ArgInt, Optional: true}}},
	}}
}

// render writes a parsed tag back, with each tag's offset, e.g.
// "k8s:item(type:string:Foo)@0=+k8s:required@23".
func render(p *Parsed) string {
	var b strings.Builder
	b.WriteString(p.Name)
	if len(p.Args) > 0 {
		var args []string
		for _, a := range p.Args {
			args = append(args, a.Name+":"+string(a.Type)+":"+a.Value)
		}
		b.WriteString("(" + strings.Join(args, ",") + ")")
	}
	fmt.Fprintf(&b, "@%d", p.Offset)
	switch {
	case p.ValueTag != nil:
		b.WriteString("=+" + render(p.ValueTag))
	case p.ValueType != "":
		fmt.Fprintf(&b, "=%s:%s", p.ValueType, p.Value)
	}
	return b.String()
}

func TestParseAllGrammar(t *testing.T) {
	where := func(string) token.Position { return token.Position{Filename: "types.go", Line: 7, Column: 4} }
	for _, tt := range []struct {
		line string
		want string // the rendered tag, or "types.go:7:<col>: <error part>"
	}{
		{`k8s:item(type: "Foo")=+k8s:required`, `k8s:item(type:string:Foo)@0=+k8s:required@23`},
		{`k8s:ifEnabled(Gate)=+k8s:maximum=10`, `k8s:ifEnabled(:string:Gate)@0=+k8s:maximum@21=int:10`},
		{`k8s:listMapKey=name`, `k8s:listMapKey@0=string:name`},
		{`k8s:eachVal=+k8s:minimum=1`, `k8s:eachVal@0=+k8s:minimum@13=int:1`},
		{`k8s:ifEnabled(Gate)=+k8s:eachVal=+k8s:minimum=1`, `k8s:ifEnabled(:string:Gate)@0=+k8s:eachVal@21=+k8s:minimum@34=int:1`},
		{`k8s:item(id: 3)=+k8s:required # the third`, `k8s:item(id:int:3)@0=+k8s:required@17`},
		{`k8s:item(type: "Foo"`, `types.go:7:4: cannot parse +k8s:item: unexpected end of input`},
		{`k8s:maximum=10 x`, `types.go:7:19: cannot parse +k8s:maximum: unexpected character ' ' at position 15`},
		{`k8s:item(type: "Foo")=+k8s:requird`, `types.go:7:27: unknown tag +k8s:requird; did you mean +k8s:required?`},
		{`k8s:ifEnabled=+k8s:required`, `types.go:7:4: +k8s:ifEnabled: missing argument (positional) (want +k8s:ifEnabled(<Gate>)=+<tag>)`},
		{`k8s:item(kind: "Foo")=+k8s:required`, `types.go:7:4: +k8s:item: unknown argument "kind"`},
		{`k8s:item(type: 5)=+k8s:required`, `types.go:7:4: +k8s:item: argument "type" is a int, want a string`},
		{`k8s:ifEnabled(A, B)=+k8s:required`, `types.go:7:4: cannot parse +k8s:ifEnabled: multiple arguments must use 'name: value' syntax`},
		{`k8s:maximum(3)=4`, `types.go:7:4: +k8s:maximum: takes no arguments`},
		{`k8s:maximum=+k8s:required`, `types.go:7:4: +k8s:maximum takes no tag as its value`},
		{`k8s:eachVal=3`, `types.go:7:4: +k8s:eachVal takes a tag as its value (want +k8s:eachVal=+<tag>)`},
		{`k8s:eachVal=+k8s:maximum=ten`, `types.go:7:17: +k8s:maximum: strconv.ParseInt`},
		{`k8s:ifEnabled(G)=+k8s:eachVal=+k8s:required=1`, `types.go:7:35: +k8s:required: takes no value`},
	} {
		t.Run(tt.line, func(t *testing.T) {
			got, err := validationRegistry().ParseAll([]string{"+" + tt.line}, Member, where)
			if !strings.HasPrefix(tt.want, "types.go:") {
				if err != nil || len(got) != 1 || render(got[0]) != tt.want {
					t.Fatalf("ParseAll = %s, %v; want %s", renderAll(got), err, tt.want)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("ParseAll error = %v; want it to start with %q", err, tt.want)
			}
		})
	}
}

// TestNestedMisspellingChecked: the registry's Check finds a misspelt tag
// inside a tag value, suggests the right one, and points at it.
func TestNestedMisspellingChecked(t *testing.T) {
	errs := &diag.List{}
	where := func(string) token.Position { return token.Position{Filename: "types.go", Line: 3, Column: 5} }
	validationRegistry().Check([]string{"+k8s:eachVal=+k8s:minimun=1", "+k8s:listMapKey=name"}, Member, where, errs)
	got := diag.Flatten(errs.Err())
	if len(got) != 1 || got[0].Error() != "types.go:3:18: unknown tag +k8s:minimun; did you mean +k8s:minimum?" {
		t.Errorf("Check = %v", got)
	}
}

func TestParsedAccessors(t *testing.T) {
	p, err := ParseLine(`  k8s:item(type: "Foo", id: 2)=+k8s:required`)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := p.Arg("id"); !ok || a.Value != "2" || a.Type != ArgInt {
		t.Errorf("Arg(id) = %+v, %v", a, ok)
	}
	if _, ok := p.Arg(""); ok {
		t.Errorf("Arg(\"\") found a positional argument")
	}
	where := func(string) token.Position { return token.Position{Filename: "a.go", Line: 2, Column: 4} }
	if pos := p.ValueTag.At(where); pos.Column != 4+32 {
		t.Errorf("ValueTag.At = %v, want column 36", pos)
	}
	if _, err := ParseLine(`k8s:item(`); err == nil {
		t.Error("ParseLine of an unterminated tag: no error")
	}
}

func renderAll(ps []*Parsed) string {
	var out []string
	for _, p := range ps {
		out = append(out, render(p))
	}
	return strings.Join(out, " ")
}
