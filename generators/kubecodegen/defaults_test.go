package kubecodegen_test

import (
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestBadDefaultsOnce: kube-codegen all runs defaulter-gen and openapi-gen,
// which both read +default; an unquoted +default and two of the wrong
// kind are each reported once, at the tag, saying what to write; exit 1.
func TestBadDefaultsOnce(t *testing.T) {
	goldentest.Loads(t)
	doc := strings.Replace(shopDoc("v1"), "package v1\n", "// +k8s:defaulter-gen=TypeMeta\n// +k8s:openapi-gen=true\npackage v1\n", 1)
	types := strings.Replace(shopTypes("v1", "Widget"), "\tSize int32 `json:\"size\"`\n",
		"\tSize int32 `json:\"size\"`\n\t// +default=standard\n\t// +optional\n\tShipping string `json:\"shipping,omitempty\"`\n"+
			"\t// +default=5\n\t// +optional\n\tMethod string `json:\"method,omitempty\"`\n"+
			"\t// +default=\"big\"\n\t// +optional\n\tCount int32 `json:\"count,omitempty\"`\n", 1)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": doc, "pkg/apis/shop/v1/types.go": types,
	})
	goldentest.Enter(t, s.Dir)
	code, out := codegen(t, shopAll()...)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		`types.go:18:5: +default: standard is not JSON: a string needs double quotes: write +default="standard"`,
		`types.go:21:5: +default: 5 is an integer, and type string needs a JSON string: write +default="5"`,
		`types.go:24:5: +default: "big" is a JSON string, and type int32 needs an integer`,
	} {
		if n := strings.Count(out, want); n != 1 {
			t.Errorf("%q reported %d times, want once:\n%s", want, n, out)
		}
	}
	if n := strings.Count(out, "+default: "); n != 3 {
		t.Errorf("%d messages about +default, want 3:\n%s", n, out)
	}
}
