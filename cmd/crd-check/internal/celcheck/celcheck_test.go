package celcheck_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/cmd/crd-check/internal/celcheck"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// repoRoot is the repository's root, from this package's directory.
const repoRoot = "../../../.."

// scratch writes an API module with one +groupName package, apis/v1,
// whose types.go is given, and enters it. Its go.sum joins the sums of
// this module, the main one and the examples', as the loader needs
// apimachinery's; -mod=mod lets go list fill in its go.mod.
func scratch(t *testing.T, types string) {
	t.Helper()
	goldentest.Loads(t)
	dir := t.TempDir()
	var sums []byte
	for _, rel := range []string{"../../go.sum", repoRoot + "/go.sum", repoRoot + "/examples/go.sum"} {
		data, err := os.ReadFile(rel)
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, data...)
	}
	files := map[string]string{
		"go.mod":           "module example.com/widgets\n\ngo 1.26\n\nrequire (\n\tk8s.io/apimachinery v0.37.2\n\tk8s.io/client-go v0.37.2\n)\n",
		"go.sum":           string(sums),
		"apis/v1/doc.go":   "// +groupName=widgets.example.com\npackage v1\n",
		"apis/v1/types.go": types,
	}
	for rel, content := range files {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goldentest.Enter(t, dir)
}

// run runs the command and returns its exit code and output.
func run(args ...string) (int, string) {
	var out bytes.Buffer
	code := celcheck.Main(args, &out)
	return code, out.String()
}

// TestFindingsAtMarkers: a rule over the per-rule and the per-CRD cost
// budget is reported at its marker (a type's), naming the unbounded lists
// and strings it walks and the markers that bound them, and not the
// bounded field beside; a rule that does not compile is reported at its
// marker (a field's) with the compiler's message; the CRD's total is
// reported in the CRD; exit 1.
func TestFindingsAtMarkers(t *testing.T) {
	src, err := os.ReadFile("testdata/costly.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	scratch(t, string(src))
	code, out := run("./apis")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		`apis/v1/types.go:14:4: CEL rule "self.parts.all(p, p.name.matches('^[a-z]+$'))" (CRD widgets.widgets.example.com, every version, on spec): estimated rule cost exceeds budget by factor of more than 100x (try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared); without a bound: spec.parts (+kubebuilder:validation:MaxItems), spec.parts[*].name (+kubebuilder:validation:MaxLength)` + "\n",
		`apis/v1/types.go:15:4: CEL rule "self.tags.all(t, self.tags.exists_one(u, u == t))" (CRD widgets.widgets.example.com, every version, on spec): estimated rule cost exceeds budget by factor of`,
		"; without a bound: spec.tags (+kubebuilder:validation:MaxItems), spec.tags[*] (+kubebuilder:validation:MaxLength)\n",
		`apis/v1/types.go:22:5: CEL rule "self > 0 && self.foo" (CRD widgets.widgets.example.com, every version, on spec.size): compilation failed: ERROR: <input>:1:17: type 'int' does not support field selection`,
		"config/crd/widgets.example.com_widgets.yaml: CRD widgets.widgets.example.com (every version, spec.validation.openAPIV3Schema): x-kubernetes-validations estimated rule cost total for entire OpenAPIv3 schema exceeds budget",
		"crd-check: the API server would refuse 1 of 1 CRDs as they are generated",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "contributed to") {
		t.Errorf("a rule over its own budget is reported again for the CRD's total:\n%s", out)
	}
	if strings.Contains(out, "spec.name (") || strings.Contains(out, "startsWith") {
		t.Errorf("the bounded field or its rule is named:\n%s", out)
	}
}

// TestBoundedRulesPass: the same rules with the lists and strings bounded
// and the broken rule mended pass, exit 0, with a count of CRDs and rules.
func TestBoundedRulesPass(t *testing.T) {
	src, err := os.ReadFile("testdata/costly.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	mended := strings.NewReplacer(
		"\tParts []Part", "\t// +kubebuilder:validation:MaxItems=10\n\tParts []Part",
		"\tTags []string", "\t// +kubebuilder:validation:MaxItems=10\n\t// +kubebuilder:validation:items:MaxLength=20\n\tTags []string",
		"\tName string `json:\"name\"`", "\t// +kubebuilder:validation:MaxLength=20\n\tName string `json:\"name\"`",
		"self > 0 && self.foo", "self > 0",
	).Replace(string(src))
	scratch(t, mended)
	code, out := run("./apis")
	if code != 0 || !strings.Contains(out, "crd-check: 1 CRDs, 4 CEL rules: every rule compiles and is within the API server's cost budgets") {
		t.Fatalf("exit %d, want 0 with the counts\n%s", code, out)
	}
	if code, out := run("-q", "./apis"); code != 0 || out != "" {
		t.Errorf("-q: exit %d, output %q; want 0 and nothing", code, out)
	}
}

// TestNoKind: a directory without a kind is an error, exit 1, not a
// pass over nothing; a directory named without "./" is the working
// directory's.
func TestNoKind(t *testing.T) {
	scratch(t, "package v1\n\n// Part is no kind.\ntype Part struct{}\n")
	if code, out := run("apis"); code != 1 || !strings.Contains(out, "crd-check: no kind under ./apis/...") {
		t.Errorf("exit %d, want 1 saying there is no kind\n%s", code, out)
	}
}

// TestUsage: no directory is a usage error, exit 2; --help prints the
// flags, exit 0.
func TestUsage(t *testing.T) {
	if code, out := run(); code != 2 || !strings.Contains(out, "usage: crd-check") {
		t.Errorf("no arguments: exit %d\n%s", code, out)
	}
	if code, out := run("--help"); code != 0 || !strings.Contains(out, "--crd-allow-dangerous-types") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}
