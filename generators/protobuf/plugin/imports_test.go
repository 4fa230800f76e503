package plugin

import "testing"

// TestImportBlock checks the import block against the shipped files it
// was learned from: gogo's sorted list, thinned by the rewrite (gaps
// become blank lines) and by goimports (unused imports go, each section
// is sorted standard library first and its groups are separated).
func TestImportBlock(t *testing.T) {
	std := []rawImport{{"fmt", "fmt"}, {"io", "io"}, {"math", "math"}, {"math_bits", "math/bits"}, {"reflect", "reflect"}, {"strings", "strings"}}
	gogo := []rawImport{{"_", "github.com/gogo/protobuf/gogoproto"}, {"proto", "github.com/gogo/protobuf/proto"}}
	cases := []struct {
		name string
		raw  []rawImport
		used []string
		want string
	}{{
		name: "k8s.io/api/apps/v1",
		raw: append(append(append([]rawImport{}, std...), gogo...),
			rawImport{"k8s_io_api_core_v1", "k8s.io/api/core/v1"}, rawImport{"v11", "k8s.io/api/core/v1"},
			rawImport{"v1", "k8s.io/apimachinery/pkg/apis/meta/v1"}, rawImport{"runtime", "k8s.io/apimachinery/pkg/runtime"},
			rawImport{"_", "k8s.io/apimachinery/pkg/runtime/schema"}, rawImport{"intstr", "k8s.io/apimachinery/pkg/util/intstr"}),
		used: []string{"fmt", "io", "math_bits", "reflect", "strings", "k8s_io_api_core_v1", "v11", "v1", "intstr"},
		want: "import (\n\tfmt \"fmt\"\n\n\tio \"io\"\n\n\tk8s_io_api_core_v1 \"k8s.io/api/core/v1\"\n\tv11 \"k8s.io/api/core/v1\"\n\tv1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\n" +
			"\tmath_bits \"math/bits\"\n\treflect \"reflect\"\n\tstrings \"strings\"\n\n\tintstr \"k8s.io/apimachinery/pkg/util/intstr\"\n)\n",
	}, {
		name: "k8s.io/api/core/v1",
		raw: append(append(append([]rawImport{}, std...), gogo...),
			rawImport{"github_com_gogo_protobuf_sortkeys", "github.com/gogo/protobuf/sortkeys"},
			rawImport{"resource", "k8s.io/apimachinery/pkg/api/resource"}, rawImport{"v1", "k8s.io/apimachinery/pkg/apis/meta/v1"},
			rawImport{"runtime", "k8s.io/apimachinery/pkg/runtime"}, rawImport{"_", "k8s.io/apimachinery/pkg/runtime/schema"},
			rawImport{"k8s_io_apimachinery_pkg_types", "k8s.io/apimachinery/pkg/types"}, rawImport{"intstr", "k8s.io/apimachinery/pkg/util/intstr"}),
		used: []string{"fmt", "io", "math_bits", "reflect", "strings", "resource", "v1", "runtime", "k8s_io_apimachinery_pkg_types"},
		want: "import (\n\tfmt \"fmt\"\n\n\tio \"io\"\n\t\"sort\"\n\n\tresource \"k8s.io/apimachinery/pkg/api/resource\"\n\tv1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\truntime \"k8s.io/apimachinery/pkg/runtime\"\n\n" +
			"\tmath_bits \"math/bits\"\n\treflect \"reflect\"\n\tstrings \"strings\"\n\n\tk8s_io_apimachinery_pkg_types \"k8s.io/apimachinery/pkg/types\"\n)\n",
	}, {
		name: "nothing used",
		raw:  append(append([]rawImport{}, std...), gogo...),
		want: "",
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			used := map[string]bool{}
			for _, u := range tc.used {
				used[u] = true
			}
			if got := importBlock(sortRaw(tc.raw), used, false); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestImportNames checks gogo's package naming: base name, collisions
// numbered, its own and predeclared names avoided, cast packages named by
// their whole path.
func TestImportNames(t *testing.T) {
	s := newImportSet()
	for _, c := range []struct{ path, want string }{
		{"k8s.io/apimachinery/pkg/apis/meta/v1", "v1"},
		{"k8s.io/api/core/v1", "v11"},
		{"k8s.io/api/core/v1", "v11"},
		{"example.com/fmt", "fmt1"},
		{"example.com/string", "string1"},
		{"example.com/go", "_go"},
		{"example.com/my-pkg.v2", "my_pkg"},
		{"example.com/any", "any"},
	} {
		if got := s.depName(c.path); got != c.want {
			t.Errorf("depName(%q) = %q, want %q", c.path, got, c.want)
		}
	}
	if got := s.castName("k8s.io/api/core/v1"); got != "k8s_io_api_core_v1" {
		t.Errorf("castName = %q", got)
	}
}
