package genclient

import (
	"errors"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		check func(Tags) bool
	}{
		{"plain", []string{"+genclient"}, func(tg Tags) bool { return tg.GenerateClient && tg.HasVerb("watch") && !tg.NonNamespaced }},
		{"none", []string{"Widget is a widget."}, func(tg Tags) bool { return !tg.GenerateClient }},
		{"cluster", []string{"+genclient", "+genclient:nonNamespaced"}, func(tg Tags) bool { return tg.NonNamespaced }},
		{"readonly", []string{"+genclient", "+genclient:readonly"}, func(tg Tags) bool {
			return tg.HasVerb("get") && tg.HasVerb("list") && tg.HasVerb("watch") && !tg.HasVerb("create")
		}},
		{"onlyVerbs", []string{"+genclient", "+genclient:onlyVerbs=get,list"}, func(tg Tags) bool {
			return tg.HasVerb("get") && tg.HasVerb("list") && !tg.HasVerb("watch")
		}},
		{"skipVerbs", []string{"+genclient", "+genclient:skipVerbs=watch,delete"}, func(tg Tags) bool {
			return slices.Equal(tg.SkipVerbs, []string{"watch", "delete"}) && tg.HasVerb("get")
		}},
		{"method", []string{"+genclient", "+genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale"}, func(tg Tags) bool {
			return len(tg.Methods) == 1 && tg.Methods[0] == Method{Name: "GetScale", Verb: "get", Subresource: "scale", Result: "k8s.io/api/autoscaling/v1.Scale"}
		}},
	}
	for _, tt := range tests {
		tg, err := Read(tt.lines)
		if err != nil || !tt.check(tg) {
			t.Errorf("%s: Read = %+v, %v", tt.name, tg, err)
		}
	}
	if _, err := Read([]string{"+genclient", "+genclient:onlyVerbs=get", "+genclient:skipVerbs=get"}); err == nil || !strings.Contains(err.Error(), `verb "get" is in both`) {
		t.Errorf("contradicting verbs: got %v", err)
	}
	if _, err := Read([]string{"+genclient", "+genclient:skipVerbs=get,fly"}); err == nil || !strings.Contains(err.Error(), `+genclient:skipVerbs: unknown verb "fly"`) {
		t.Errorf("unknown verb: got %v", err)
	}
}

// TestCheck: a registry of Definitions checks the tags with their parsers.
func TestCheck(t *testing.T) {
	reg := &tags.Registry{Generator: "test", Namespaces: []string{"genclient"}, Definitions: Definitions()}
	for _, tt := range []struct{ line, want string }{
		{"+genclient=true", `+genclient: takes no value (got "true")`},
		{"+genclient:onlyVerbs=get,fly", `+genclient:onlyVerbs: unknown verb "fly"`},
		{"+genclient:method=Foo,verb=fly", `+genclient:method: Foo: unknown verb "fly"`},
	} {
		errs := &diag.List{}
		reg.Check([]string{tt.line}, tags.Type, func(string) token.Position { return token.Position{} }, errs)
		if got := diag.Flatten(errs.Err()); len(got) != 1 || !strings.Contains(got[0].Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.line, got, tt.want)
		}
	}
}

func TestParseMethodErrors(t *testing.T) {
	for spec, want := range map[string]string{
		",verb=get":                    "needs a name",
		"Foo":                          "the verb is missing",
		"Foo,verb=get,subresource":     `"subresource" is not key=value`,
		"Foo,verb=get,color=red":       `unknown key "color"`,
		"Foo,verb=watch":               "cannot be an extension method",
		"Foo,verb=fly":                 `unknown verb "fly"`,
		"Foo,verb=delete,input=a/b.C":  "cannot be an extension method",
		"Foo,verb=get,input=a/b.C":     "input= is not supported",
		"Foo,verb=updateStatus":        "cannot be an extension method",
		"Foo,verb=applyStatus":         "cannot be an extension method",
		"Foo,verb=create,subresource=": `empty value for "subresource"; give it a value, or remove subresource=`,
		"getScale,verb=get":            `"getScale" is not an exported Go name`,
		"verb=get,Foo":                 `"verb=get" is not an exported Go name, which the value must start with`,
		"Foo,verb=get,result=x":        "",
		"Foo,verb=watch,result=a/b.C":  "cannot be an extension method; use one of create, update, get, list, patch, apply",
		"Foo,verb=patch,input=a/b.C":   "input= is not supported for \"patch\" verbs, only for create, update, apply; remove it",
	} {
		_, err := ParseMethod(spec)
		if want == "" {
			if err != nil {
				t.Errorf("ParseMethod(%q) = %v, want no error", spec, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseMethod(%q) = %v, want an error with %q", spec, err, want)
		}
	}
}

// TestNoVerbsConflict: +genclient:noVerbs beside a tag that chooses verbs
// is one error, naming the noVerbs tag.
func TestNoVerbsConflict(t *testing.T) {
	for _, other := range []string{"+genclient:onlyVerbs=get", "+genclient:skipVerbs=watch", "+genclient:readonly"} {
		_, err := Read([]string{"+genclient", "+genclient:noVerbs", other})
		var te *TagError
		if !errors.As(err, &te) || te.Tag != "genclient:noVerbs" || !strings.Contains(te.Msg, "contradicts") {
			t.Errorf("noVerbs with %s: got %v", other, err)
		}
	}
	if _, err := Read([]string{"+genclient", "+genclient:noVerbs"}); err != nil {
		t.Errorf("noVerbs alone: %v", err)
	}
}

// TestMethodTags: each +genclient:method is read through the registry's
// typed handle, with its line (to position it) and its parse error.
func TestMethodTags(t *testing.T) {
	lines := []string{"+genclient", "  +genclient:method=GetScale,verb=get,subresource=scale,result=k8s.io/api/autoscaling/v1.Scale",
		"text +genclient:method=Ignored,verb=get", "+genclient:method=Bad,verb=fly"}
	got := MethodTags(lines)
	if len(got) != 2 {
		t.Fatalf("MethodTags = %+v, want 2", got)
	}
	if m := got[0].Val; got[0].Err != nil || m.Name != "GetScale" || m.Subresource != "scale" || m.Result != "k8s.io/api/autoscaling/v1.Scale" {
		t.Errorf("MethodTags[0] = %+v", got[0])
	}
	if !strings.HasPrefix(got[0].Line, "genclient:method=GetScale,") {
		t.Errorf("MethodTags[0].Line = %q", got[0].Line)
	}
	if got[1].Err == nil || !strings.HasPrefix(got[1].Err.Error(), "+genclient:method: ") {
		t.Errorf("MethodTags[1].Err = %v", got[1].Err)
	}
}
