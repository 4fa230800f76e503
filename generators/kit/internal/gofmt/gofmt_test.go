package gofmt

import (
	"errors"
	"go/scanner"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// formatCase is one input of the table-driven tests with its expected
// output. Both are Go declarations that goFile turns into whole files.
type formatCase struct {
	name string
	in   string
	want string
}

// goFile prepends a package clause to decls.
func goFile(decls string) string {
	return "package p\n\n" + decls
}

// rewriteCases cover each rewrite of gofmt -s.
var rewriteCases = []formatCase{{
	name: "slice element type",
	in:   "var x = []T{T{1}, T{2}}\n",
	want: "var x = []T{{1}, {2}}\n",
}, {
	name: "qualified element type",
	in:   "var x = []metav1.Condition{metav1.Condition{Type: \"x\"}}\n",
	want: "var x = []metav1.Condition{{Type: \"x\"}}\n",
}, {
	name: "pointer element",
	in:   "var x = []*T{&T{1}, &T{}}\n",
	want: "var x = []*T{{1}, {}}\n",
}, {
	name: "array with length",
	in:   "var x = [2]T{T{}, T{}}\n",
	want: "var x = [2]T{{}, {}}\n",
}, {
	name: "array with ellipsis length",
	in:   "var x = [...]T{T{}}\n",
	want: "var x = [...]T{{}}\n",
}, {
	name: "map key and value",
	in:   "var x = map[K]V{K{1}: V{2}}\n",
	want: "var x = map[K]V{{1}: {2}}\n",
}, {
	name: "map pointer key",
	in:   "var x = map[*K]int{&K{}: 1}\n",
	want: "var x = map[*K]int{{}: 1}\n",
}, {
	name: "indexed slice element",
	in:   "var x = []T{3: T{}}\n",
	want: "var x = []T{3: {}}\n",
}, {
	name: "nested literals",
	in:   "var x = [][]T{[]T{T{}}}\n",
	want: "var x = [][]T{{{}}}\n",
}, {
	name: "nested map of slices",
	in:   "var x = map[string][]*T{\"a\": []*T{&T{}}}\n",
	want: "var x = map[string][]*T{\"a\": {{}}}\n",
}, {
	name: "literal type with composite element",
	in:   "var x = []struct{ a int }{struct{ a int }{1}}\n",
	want: "var x = []struct{ a int }{{1}}\n",
}, {
	name: "generic element type",
	in:   "var x = []G[int]{G[int]{}}\n",
	want: "var x = []G[int]{{}}\n",
}, {
	name: "element type with call and ellipsis",
	in:   "var x = [][n(a...)]int{[n(a...)]int{}}\n",
	want: "var x = [][n(a...)]int{{}}\n",
}, {
	name: "element type spelled over several lines",
	in:   "var x = []struct {\n\ta int\n}{struct{ a int }{1}}\n",
	want: "var x = []struct {\n\ta int\n}{{1}}\n",
}, {
	name: "literal inside function literal",
	in:   "var f = func() { _ = []T{T{}} }\n",
	want: "var f = func() { _ = []T{{}} }\n",
}, {
	name: "slice to len",
	in:   "var x = s[a:len(s)]\n",
	want: "var x = s[a:]\n",
}, {
	name: "slice from zero to len",
	in:   "var x = s[:len(s)]\n",
	want: "var x = s[:]\n",
}, {
	name: "range blank value",
	in:   "func f() {\n\tfor k, _ := range m {\n\t\t_ = k\n\t}\n}\n",
	want: "func f() {\n\tfor k := range m {\n\t\t_ = k\n\t}\n}\n",
}, {
	name: "range assign blank value",
	in:   "func f() {\n\tfor k, _ = range m {\n\t}\n}\n",
	want: "func f() {\n\tfor k = range m {\n\t}\n}\n",
}, {
	name: "range blank key",
	in:   "func f() {\n\tfor _ = range m {\n\t}\n}\n",
	want: "func f() {\n\tfor range m {\n\t}\n}\n",
}, {
	name: "range blank key and value",
	in:   "func f() {\n\tfor _, _ = range m {\n\t}\n}\n",
	want: "func f() {\n\tfor range m {\n\t}\n}\n",
}, {
	name: "range define blank key and value",
	in:   "func f() {\n\tfor _, _ := range m {\n\t}\n}\n",
	want: "func f() {\n\tfor range m {\n\t}\n}\n",
}, {
	name: "empty declaration groups",
	in:   "var ()\n\nconst ()\n\ntype ()\n\nvar x int\n",
	want: "var x int\n",
}}

// keepCases are inputs that gofmt -s must leave unchanged.
var keepCases = []formatCase{{
	name: "different element type",
	in:   "var x = []T{U{}}\n",
}, {
	name: "different package",
	in:   "var x = []a.T{b.T{}}\n",
}, {
	name: "interface element type",
	in:   "var x = []any{T{}}\n",
}, {
	name: "pointer element without address",
	in:   "var x = []*T{T{}}\n",
}, {
	name: "address of different type",
	in:   "var x = []*T{&U{}}\n",
}, {
	name: "parenthesized element type",
	in:   "var x = [](*T){&T{}}\n",
}, {
	name: "parenthesized element",
	in:   "var x = []T{(T{})}\n",
}, {
	name: "different generic argument",
	in:   "var x = []G[int]{G[string]{}}\n",
}, {
	name: "different array length spelling",
	in:   "var x = [][2]int{[1 + 1]int{}}\n",
}, {
	name: "call with and without ellipsis in element type",
	in:   "var x = [][n(a...)]int{[n(a)]int{}}\n",
}, {
	name: "element types differing in a comment",
	in:   "var x = []struct {\n\ta int // c\n}{struct{ a int }{1}}\n",
}, {
	name: "struct literal fields",
	in:   "var x = S{F: T{}}\n",
}, {
	name: "named slice type",
	in:   "var x = Ts{T{}}\n",
}, {
	name: "already elided type is not looked through",
	in:   "var x = [][]T{{T{}}}\n",
}, {
	name: "array index key is not walked",
	in:   "var x = []int{len(s[0:len(s)]): 1}\n",
}, {
	name: "slice of other len",
	in:   "var x = s[a:len(t)]\n",
}, {
	name: "slice of selector",
	in:   "var x = s.f[a:len(s.f)]\n",
}, {
	name: "three-index slice",
	in:   "var x = s[a:len(s):len(s)]\n",
}, {
	name: "len with ellipsis",
	in:   "var x = s[a:len(s...)]\n",
}, {
	name: "cap instead of len",
	in:   "var x = s[a:cap(s)]\n",
}, {
	name: "zero lower bound kept",
	in:   "var x = s[0:n]\n",
}, {
	name: "range blank key with value",
	in:   "func f() {\n\tfor _, v := range m {\n\t\t_ = v\n\t}\n}\n",
}, {
	name: "range key only",
	in:   "func f() {\n\tfor k := range m {\n\t\t_ = k\n\t}\n}\n",
}, {
	name: "empty group with comment",
	in:   "const ( // c\n)\n",
}, {
	name: "empty group with doc comment",
	in:   "// doc\nvar ()\n",
}}

// importCases cover goimports' grouping and gofmt's import sorting.
var importCases = []formatCase{{
	name: "unsorted std imports",
	in:   "import (\n\t\"strings\"\n\t\"fmt\"\n)\n",
	want: "import (\n\t\"fmt\"\n\t\"strings\"\n)\n",
}, {
	name: "std and non-std split into groups",
	in: "import (\n\t\"k8s.io/apimachinery/pkg/runtime\"\n\t\"fmt\"\n" +
		"\tmetav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\t\"strings\"\n)\n",
	want: "import (\n\t\"fmt\"\n\t\"strings\"\n\n" +
		"\tmetav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n" +
		"\t\"k8s.io/apimachinery/pkg/runtime\"\n)\n",
}, {
	name: "named imports sort by path",
	in: "import (\n\tz \"a.io/x\"\n\ta \"b.io/y\"\n\t_ \"a.io/w\"\n" +
		"\t. \"a.io/v\"\n)\n",
	want: "import (\n\t. \"a.io/v\"\n\t_ \"a.io/w\"\n\tz \"a.io/x\"\n" +
		"\ta \"b.io/y\"\n)\n",
}, {
	name: "duplicate imports removed",
	in:   "import (\n\t\"fmt\"\n\t\"fmt\"\n)\n",
	want: "import (\n\t\"fmt\"\n)\n",
}, {
	name: "groups stay separate",
	in:   "import (\n\t\"os\"\n\n\t\"fmt\"\n)\n",
	want: "import (\n\t\"os\"\n\n\t\"fmt\"\n)\n",
}, {
	name: "empty import group removed",
	in:   "import ()\n\nvar x int\n",
	want: "var x int\n",
}}

// runCases checks Source against the expected output of each case; an
// empty want means the input is already formatted.
func runCases(t *testing.T, cases []formatCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = tc.in
			}
			got, err := Source([]byte(goFile(tc.in)))
			if err != nil {
				t.Fatalf("Source: %v", err)
			}
			if diff := cmp.Diff(goFile(want), string(got)); diff != "" {
				t.Errorf("Source mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSourceRewrites checks each rewrite of gofmt -s.
func TestSourceRewrites(t *testing.T) { runCases(t, rewriteCases) }

// TestSourceKeeps checks inputs that gofmt -s must not rewrite.
func TestSourceKeeps(t *testing.T) { runCases(t, keepCases) }

// TestSourceImports checks import grouping and sorting.
func TestSourceImports(t *testing.T) { runCases(t, importCases) }

// TestSourceGenerated checks realistic generated files.
func TestSourceGenerated(t *testing.T) {
	for _, tc := range generatedSamples {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Source([]byte(tc.in))
			if err != nil {
				t.Fatalf("Source: %v", err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("Source mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSourceNumbers checks that number literals are normalized as gofmt does.
func TestSourceNumbers(t *testing.T) {
	got, err := Source([]byte(goFile("const c = 0X1F + 1E3 + 0B1 + 0O7 + 0x1P-2\n")))
	if err != nil {
		t.Fatalf("Source: %v", err)
	}
	want := goFile("const c = 0x1F + 1e3 + 0b1 + 0o7 + 0x1p-2\n")
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Source mismatch (-want +got):\n%s", diff)
	}
}

// TestSourceIdempotent checks that formatted output is a fixed point.
func TestSourceIdempotent(t *testing.T) {
	var all []formatCase
	all = append(append(append(all, rewriteCases...), keepCases...), importCases...)
	for _, tc := range all {
		once, err := Source([]byte(goFile(tc.in)))
		if err != nil {
			t.Fatalf("%s: Source: %v", tc.name, err)
		}
		twice, err := Source(once)
		if err != nil {
			t.Fatalf("%s: second Source: %v", tc.name, err)
		}
		if diff := cmp.Diff(string(once), string(twice)); diff != "" {
			t.Errorf("%s: not idempotent (-once +twice):\n%s", tc.name, diff)
		}
	}
}

// TestSourceErrors checks that syntax errors are returned with positions.
func TestSourceErrors(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		pos  string
	}{
		{"nil input", nil, "1:1:"},
		{"empty input", []byte{}, "1:1:"},
		{"no package clause", []byte("func f() {}\n"), "1:1:"},
		{"bad expression", []byte("package p\n\nfunc f() {\n\tx := )\n}\n"), "4:7:"},
		{"bad declaration", []byte("package p\n\nvar x int\nfoo\n"), "4:1:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Source(tc.in)
			if err == nil {
				t.Fatalf("Source returned %q, want an error", got)
			}
			if !strings.Contains(err.Error(), tc.pos) {
				t.Errorf("error %q does not mention position %s", err, tc.pos)
			}
			var list scanner.ErrorList
			if !errors.As(err, &list) {
				t.Errorf("error %v does not wrap a scanner.ErrorList", err)
			}
		})
	}
}
