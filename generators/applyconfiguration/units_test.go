package applyconfiguration

import (
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestTitle(t *testing.T) {
	// Upstream title-cases subresource names with golang.org/x/text/cases.
	for in, want := range map[string]string{
		"status": "Status", "ephemeralcontainers": "Ephemeralcontainers", "scale": "Scale",
		"foo-bar": "Foo-Bar", "fooBar": "Foobar", "FOO": "Foo", "foo_bar": "Foo_bar", "foo/bar": "Foo/Bar",
		"foo1bar": "Foo1bar", "1foo": "1Foo", "foo.bar": "Foo.bar", "don't": "Don't",
	} {
		if got := title(in); got != want {
			t.Errorf("title(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRESTFriendlyName(t *testing.T) {
	for in, want := range map[string]string{
		"k8s.io/api/core/v1.Pod":                 "io.k8s.api.core.v1.Pod",
		"csi.storage.k8s.io/v1alpha1.CSINode":    "io.k8s.storage.csi.v1alpha1.CSINode",
		"example/apis/v1.Widget":                 "example.apis.v1.Widget",
		"github.com/a/b/pkg/apis/x/v1.Thing":     "com.github.a.b.pkg.apis.x.v1.Thing",
		"k8s.io/apimachinery/pkg/apis/meta/v1.X": "io.k8s.apimachinery.pkg.apis.meta.v1.X",
	} {
		if got := restFriendlyName(in); got != want {
			t.Errorf("restFriendlyName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseExternals(t *testing.T) {
	got, err := parseExternals([]string{"k8s.io/api/apps/v1.Deployment:k8s.io/client-go/applyconfigurations/apps/v1"})
	if err != nil {
		t.Fatal(err)
	}
	if got[types.Name{Package: "k8s.io/api/apps/v1", Name: "Deployment"}] != "k8s.io/client-go/applyconfigurations/apps/v1" {
		t.Errorf("entry not parsed: %v", got)
	}
	if got[types.Name{Package: metaPkg, Name: "ObjectMeta"}] != clientGoMeta || len(got) != 9 {
		t.Errorf("want the 8 defaults and the entry, got %v", got)
	}
}

func TestJSONTag(t *testing.T) {
	str := types.Ref("", "string")
	tests := []struct {
		m    types.Member
		want string
		ok   bool
	}{
		{types.Member{Name: "A", Type: str, Tags: `json:"a"`}, "a", true},
		{types.Member{Name: "A", Type: str, Tags: `json:"a,omitempty"`}, "a,omitempty", true},
		{types.Member{Name: "A", Type: str, Tags: `json:",omitempty"`}, "A,omitempty", true},
		{types.Member{Name: "T", Type: str, Tags: `json:",inline"`, Embedded: true}, "", true},
		{types.Member{Name: "A", Type: str, Tags: `json:"-"`}, "", false},
		{types.Member{Name: "A", Type: str, Tags: `protobuf:"1"`}, "", false},
	}
	for _, tt := range tests {
		tag, ok := lookupJSONTag(tt.m)
		if ok != tt.ok || (ok && tag.String() != tt.want) {
			t.Errorf("%s %s: got %q, %v; want %q, %v", tt.m.Name, tt.m.Tags, tag.String(), ok, tt.want, tt.ok)
		}
	}
}
