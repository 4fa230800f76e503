package conversion

import (
	"go/token"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// TestTagValues checks each tag's grammar at each place it may be written.
func TestTagValues(t *testing.T) {
	reg := Registry()
	for _, c := range []struct {
		line  string
		scope tags.Scope
		want  string // "" for no problem, else a part of the message
	}{
		{"+k8s:conversion-gen=k8s.io/api/core/v1", tags.Package, ""},
		{"+k8s:conversion-gen=false", tags.Package, ""},
		{"+k8s:conversion-gen=./v1", tags.Package, "is not an import path"},
		{"+k8s:conversion-gen=false", tags.Type, ""},
		{"+k8s:conversion-gen=true", tags.Type, `unsupported value "true" on a type`},
		{"+k8s:conversion-gen=false", tags.Member, ""},
		{"+k8s:conversion-gen-external-types=k8s.io/api/core/v1", tags.Package, ""},
		{"+k8s:conversion-gen-external-types=k8s.io/api/core/v1", tags.Type, "not allowed on a type"},
		{"+k8s:conversion-gen:explicit-from=net/url.Values", tags.Type, ""},
		{"+k8s:conversion-gen:explicit-from=net/http.Header", tags.Type, `unsupported value "net/http.Header"`},
		{"+k8s:conversion-fn=copy-only", tags.Type, "it belongs on a function"},
		{"+k8s:conversion-gen:explict-from=net/url.Values", tags.Type, "unknown tag"},
	} {
		errs := &diag.List{}
		reg.Check([]string{c.line}, c.scope, func(string) token.Position { return token.Position{} }, errs)
		got := ""
		if err := errs.Err(); err != nil {
			got = err.Error()
		}
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%s on a %s: got %q, want %q", c.line, c.scope, got, c.want)
		}
	}
}

// TestArgsValidate checks the flags' validation.
func TestArgsValidate(t *testing.T) {
	for _, c := range []struct {
		mutate func(*Args)
		want   string
	}{
		{func(*Args) {}, ""},
		{func(a *Args) { a.OutputFile = "dir/x.go" }, "--output-file"},
		{func(a *Args) { a.ExtraPeerDirs = []string{"./local"} }, "--extra-peer-dirs"},
		{func(a *Args) { a.BasePeerDirs = []string{""} }, "--base-peer-dirs"},
		{func(a *Args) { a.BuildTag = "a b" }, "--build-tag"},
		{func(a *Args) { a.LintRules = []string{"nope"} }, "nope"},
	} {
		a := NewArgs()
		c.mutate(a)
		err := a.Validate()
		if (c.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.want)) {
			t.Errorf("Validate() = %v, want an error containing %q", err, c.want)
		}
	}
}
