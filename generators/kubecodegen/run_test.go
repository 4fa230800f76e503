package kubecodegen_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// notesFiles is a package whose only "tags" are inside a string and a
// commented-out block: kube_codegen.sh's grep takes them for tags, and
// hands the package to client-gen and deepcopy-gen.
const notesFiles = `package v1

// Help quotes a tag in a string:
const Help = ` + "`" + `
// +genclient
// +k8s:deepcopy-gen=package
` + "`" + `

/*
// +genclient
type Note struct{}
*/
`

// typelessFiles is kueue v0.17's apis/kueue/v1alpha1: no types, only a
// "//+genclient" line comment attached to nothing; kube_codegen.sh's grep
// finds it and generates the version's (empty) client.
const typelessFiles = `package v1alpha1

//+genclient
`

// TestDiscoveryReadsRealTags: a tag inside a string or a commented-out
// block is not a tag; the packages with real tags are found, among them a
// version whose only tag is a line comment attached to nothing, which gets
// its client and is wired into the clientset, the fake and the schemes.
func TestDiscoveryReadsRealTags(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go":         shopDoc("v1"),
		"pkg/apis/shop/v1/types.go":       shopTypes("v1", "Widget"),
		"pkg/apis/shop/v1alpha1/doc.go":   strings.Replace(shopDoc("v1alpha1"), "// +k8s:deepcopy-gen=package\n", "", 1),
		"pkg/apis/shop/v1alpha1/types.go": typelessFiles,
		"pkg/apis/shop/v1alpha1/register.go": `package v1alpha1

import "k8s.io/apimachinery/pkg/runtime/schema"

// SchemeGroupVersion is the group version of the package.
var SchemeGroupVersion = schema.GroupVersion{Group: "shop.example.com", Version: "v1alpha1"}
`,
		"pkg/apis/notes/v1/notes.go": notesFiles,
	})
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, shopAll()...); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for rel := range s.Files("pkg/generated") {
		if strings.Contains(rel, "notes") {
			t.Errorf("generated %s for a package whose tags are only in a string and a comment block", rel)
		}
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "pkg/apis/notes/v1/zz_generated.deepcopy.go")); !os.IsNotExist(err) {
		t.Errorf("deepcopy-gen ran on the notes package (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "pkg/generated/clientset/versioned/typed/shop/v1/widget.go")); err != nil {
		t.Errorf("the tagged package got no client: %v", err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "pkg/generated/clientset/versioned/typed/shop/v1alpha1/shop_client.go")); err != nil {
		t.Errorf("the version tagged by a lone //+genclient got no client: %v", err)
	}
	for _, rel := range []string{"clientset.go", "fake/clientset_generated.go", "fake/register.go", "scheme/register.go"} {
		if data := s.Files("pkg/generated/clientset/versioned")[rel]; !strings.Contains(string(data), "shopv1alpha1") {
			t.Errorf("%s does not wire in v1alpha1:\n%s", rel, data)
		}
	}
}

// TestProgressLines: one line per generator saying how many packages and
// files and how long, and nothing with -q.
func TestProgressLines(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": shopDoc("v1"), "pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
	})
	goldentest.Enter(t, s.Dir)
	args := []string{"all", "--with-watch", "--output-dir", "pkg/generated", "--output-pkg", "example.com/shop/pkg/generated", "./pkg/apis"}
	code, out := codegen(t, args...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, g := range []string{"deepcopy-gen", "register-gen", "client-gen", "lister-gen", "informer-gen"} {
		line := regexp.MustCompile(`(?m)^kube-codegen: ` + g + `: 1 package\(s\), \d+ file\(s\) in \d`)
		if !line.MatchString(out) {
			t.Errorf("no progress line for %s in:\n%s", g, out)
		}
	}
	if !strings.Contains(out, "stale file(s) removed") {
		t.Errorf("no summary line in:\n%s", out)
	}
	if code, out := codegen(t, append([]string{"all", "-q"}, args[1:]...)...); code != 0 || out != "" {
		t.Errorf("-q: exit %d, printed:\n%s", code, out)
	}
}

// TestTagErrorsOfAllGeneratorsOnce: bad tags for several generators are
// all reported, each once and at file:line:col, exit 1, nothing written.
func TestTagErrorsOfAllGeneratorsOnce(t *testing.T) {
	goldentest.Loads(t)
	types := strings.Replace(shopTypes("v1", "Widget"), "// +genclient\n", "// +genclient\n// +genclient:method=Scale,verb=explode\n", 1)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go":   strings.Replace(shopDoc("v1"), "deepcopy-gen=package", "deepcopy-gen=pakage", 1),
		"pkg/apis/shop/v1/types.go": types,
	})
	goldentest.Enter(t, s.Dir)
	code, out := codegen(t, shopAll("--lint-rules", "known-tags-only")...)
	t.Log(out)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{"doc.go:1:", "types.go:6:"} {
		if n := strings.Count(out, want); n != 1 {
			t.Errorf("%q reported %d times, want once:\n%s", want, n, out)
		}
	}
	if files := s.Files("pkg"); len(files) != 2 {
		t.Errorf("files were written despite the errors: %d files under pkg", len(files))
	}
}

// TestGoGenerateForm runs kube-codegen as the README's three-line
// //go:generate directive does: in the input directory itself, with "."
// and a relative output directory.
func TestGoGenerateForm(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/generate.go":      "package apis\n",
		"pkg/apis/shop/v1/doc.go":   shopDoc("v1"),
		"pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
	})
	goldentest.Enter(t, filepath.Join(s.Dir, "pkg/apis"))
	args := []string{"all", "-q", "--with-watch", "--with-applyconfig", "--output-dir", "../generated", "--output-pkg", "example.com/shop/pkg/generated", "."}
	if code, out := codegen(t, args...); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, rel := range []string{"pkg/apis/shop/v1/zz_generated.deepcopy.go", "pkg/apis/shop/v1/zz_generated.register.go",
		"pkg/generated/clientset/versioned/typed/shop/v1/widget.go", "pkg/generated/listers/shop/v1/widget.go",
		"pkg/generated/applyconfiguration/shop/v1/widget.go"} {
		if _, err := os.Stat(filepath.Join(s.Dir, rel)); err != nil {
			t.Errorf("not generated: %v", err)
		}
	}
	if code, out := codegen(t, append([]string{"all", "--verify-only"}, args[1:]...)...); code != 0 {
		t.Errorf("--verify-only right after: exit %d\n%s", code, out)
	}
}

// TestUsageErrors: a missing input directory, an import path given as
// one, a missing required flag and an unknown subcommand each exit 1 with
// a message that says what to give.
func TestUsageErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"helpers"}, "the input directory is required"},
		{[]string{"helpers", "example.com/shop/pkg/apis"}, "not a directory here: it looks like an import path, and kube-codegen takes the local directory"},
		{[]string{"client", "--output-pkg", "example.com/x", "."}, "--output-dir is required"},
		{[]string{"openapi", "--output-dir", "x", "."}, "--output-pkg is required"},
		{[]string{"helpers", "a", "b"}, "too many arguments"},
		{[]string{"generate", "."}, `unknown subcommand "generate"`},
		{[]string{"helpers", "--with-watch", "."}, "unknown flag: --with-watch"},
	} {
		code, out := codegen(t, c.args...)
		if code != 1 || !strings.Contains(out, c.want) {
			t.Errorf("kube-codegen %s: exit %d, want 1 and %q in:\n%s", strings.Join(c.args, " "), code, c.want, out)
		}
	}
}

// TestRegisterAndOneInputAPI: "register" writes the registration of each
// +groupName package; "client --one-input-api" generates the named API's
// client only; "helpers" writes the validations of a package asking for
// validation-gen (ObjectMeta's through apimachinery's own), replacing the
// stale file, and the package builds.
func TestRegisterAndOneInputAPI(t *testing.T) {
	goldentest.Loads(t)
	const validations = "// Code generated by validation-gen. DO NOT EDIT.\n\npackage v1\n"
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go":   shopDoc("v1"),
		"pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
		"pkg/apis/bank/v1/doc.go": strings.Replace(shopDoc("v1"), "+groupName=shop.example.com",
			"+groupName=bank.example.com\n// +k8s:validation-gen=TypesWithField=TypeMeta", 1),
		"pkg/apis/bank/v1/types.go":                    shopTypes("v1", "Account"),
		"pkg/apis/bank/v1/zz_generated.validations.go": validations,
	})
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, "register", "-q", "./pkg/apis"); code != 0 {
		t.Fatalf("register: exit %d\n%s", code, out)
	}
	for _, g := range []string{"shop", "bank"} {
		if _, err := os.Stat(filepath.Join(s.Dir, "pkg/apis", g, "v1/zz_generated.register.go")); err != nil {
			t.Errorf("register wrote nothing for %s: %v", g, err)
		}
	}
	code, out := codegen(t, "client", "-q", "--one-input-api", "bank", "--output-dir", "pkg/generated",
		"--output-pkg", "example.com/shop/pkg/generated", "./pkg/apis")
	if code != 0 {
		t.Fatalf("client --one-input-api: exit %d\n%s", code, out)
	}
	clients := s.Files("pkg/generated/clientset/versioned/typed")
	if _, ok := clients["bank/v1/account.go"]; !ok || len(clients) == 0 {
		t.Errorf("no client for bank: %v", clients)
	}
	for rel := range clients {
		if strings.HasPrefix(rel, "shop/") {
			t.Errorf("--one-input-api bank generated %s", rel)
		}
	}
	checkUnknownOneInputAPI(t, s)
	code, out = codegen(t, "helpers", "-q", "./pkg/apis")
	if code != 0 {
		t.Fatalf("helpers: exit %d\n%s", code, out)
	}
	data, err := os.ReadFile(filepath.Join(s.Dir, "pkg/apis/bank/v1/zz_generated.validations.go"))
	if err != nil || !strings.Contains(string(data), "func Validate_Account(") || !strings.Contains(string(data), "validation.Validate_ObjectMeta(") {
		t.Errorf("helpers did not write bank's validations (%v):\n%s", err, data)
	}
	if out, err := goldentest.RunIn(s.Dir, "go", "build", "./pkg/apis/..."); err != nil {
		t.Errorf("the generated packages do not build: %v\n%s", err, out)
	}
}

// checkUnknownOneInputAPI requires a --one-input-api that names a missing
// directory, or one without a +genclient package, to be an error that
// lists the APIs there are, before anything is loaded or changed.
func checkUnknownOneInputAPI(t *testing.T, s *goldentest.Scratch) {
	t.Helper()
	before := s.Files("pkg")
	s.Write("pkg/apis/plain/v1/doc.go", "package v1\n")
	for api, want := range map[string]string{"nope/v1": "there is no directory", "plain": "no package in"} {
		code, out := codegen(t, "client", "--one-input-api", api, "--output-dir", "pkg/generated",
			"--output-pkg", "example.com/shop/pkg/generated", "./pkg/apis")
		if code != 1 || !strings.Contains(out, want) || !strings.Contains(out, "bank/v1") {
			t.Errorf("--one-input-api %s: exit %d, want 1 saying %q and naming bank/v1:\n%s", api, code, want, out)
		}
	}
	os.RemoveAll(filepath.Join(s.Dir, "pkg/apis/plain"))
	if after := s.Files("pkg"); !maps.EqualFunc(before, after, bytes.Equal) {
		t.Errorf("an unknown --one-input-api changed the tree: %d files before, %d after", len(before), len(after))
	}
}

// TestAPIRuleReport: without --update-report, a report file that differs
// from the run's violations is a diff and exit 1; --update-report rewrites
// it, after which the same run without it passes.
func TestAPIRuleReport(t *testing.T) {
	goldentest.Loads(t)
	doc := strings.Replace(shopDoc("v1"), "// +groupName", "// +k8s:openapi-gen=true\n// +groupName", 1)
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": doc, "pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
		"api/violations.list": "API rule violation: stale\n",
	})
	goldentest.Enter(t, s.Dir)
	args := []string{"openapi", "-q", "--output-dir", "pkg/generated/openapi", "--output-pkg", "example.com/shop/pkg/generated/openapi",
		"--report-filename", "api/violations.list", "./pkg/apis"}
	code, out := codegen(t, args...)
	if code != 1 || !strings.Contains(out, "-API rule violation: stale") || !strings.Contains(out, "API rule check failed for api/violations.list") {
		t.Fatalf("a stale report: exit %d, want 1, the diff and what to do:\n%s", code, out)
	}
	if code, out := codegen(t, append(args, "--update-report")...); code != 0 {
		t.Fatalf("--update-report: exit %d\n%s", code, out)
	}
	if data, _ := os.ReadFile(filepath.Join(s.Dir, "api/violations.list")); strings.Contains(string(data), "stale") {
		t.Errorf("--update-report left the report as it was:\n%s", data)
	}
	if code, out := codegen(t, args...); code != 0 {
		t.Errorf("the same run after --update-report: exit %d\n%s", code, out)
	}
}
