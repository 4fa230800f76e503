package kubecodegen_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kubecodegen"
	"github.com/gengokit/gengokit/generators/lister"
)

// shopDoc is the doc.go of a version of a CRD author's shop API.
func shopDoc(version string) string {
	return "// +k8s:deepcopy-gen=package\n// +groupName=shop.example.com\n\n// Package " + version + " is the shop API.\npackage " + version + "\n"
}

// shopTypes is the types.go of a version, with the given kinds.
func shopTypes(version string, kinds ...string) string {
	var b strings.Builder
	b.WriteString("package " + version + "\n\nimport metav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n")
	for _, k := range kinds {
		b.WriteString(strings.NewReplacer("KIND", k).Replace(`
// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// KIND is a kind of the shop.
type KIND struct {
	metav1.TypeMeta   ` + "`json:\",inline\"`" + `
	metav1.ObjectMeta ` + "`json:\"metadata,omitempty\"`" + `
	Spec KINDSpec ` + "`json:\"spec\"`" + `
}

// KINDSpec is what a KIND should be.
type KINDSpec struct {
	Size int32 ` + "`json:\"size\"`" + `
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// KINDList is a list of KIND.
type KINDList struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	metav1.ListMeta ` + "`json:\"metadata,omitempty\"`" + `
	Items []KIND ` + "`json:\"items\"`" + `
}
`))
	}
	return b.String()
}

// shopAll is the one command the CRD author runs, unchanged throughout.
func shopAll(extra ...string) []string {
	args := []string{"all", "-q", "--with-watch", "--with-applyconfig", "--output-dir", "pkg/generated",
		"--output-pkg", "example.com/shop/pkg/generated"}
	return append(append(args, extra...), "./pkg/apis")
}

// codegen runs kube-codegen in the working directory and returns its exit
// status and what it printed.
func codegen(t *testing.T, argv ...string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	code := kubecodegen.Main(argv, &out, &out)
	return code, out.String()
}

// mustBuild requires the module to compile, with a program that uses the
// clientset of each version.
func mustBuild(t *testing.T, s *goldentest.Scratch, versions ...string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("package main\n\nimport \"example.com/shop/pkg/generated/clientset/versioned\"\n\nfunc main() {\n\tvar c versioned.Interface\n\tif c == nil {\n\t\treturn\n\t}\n")
	for _, v := range versions {
		b.WriteString("\t_ = c.Shop" + strings.ToUpper(v[:1]) + v[1:] + "().Widgets(\"default\")\n")
	}
	b.WriteString("}\n")
	s.Write("cmd/use/main.go", b.String())
	if out, err := goldentest.RunIn(s.Dir, "go", "build", "./..."); err != nil {
		t.Fatalf("the generated code does not compile: %v\n%s", err, out)
	}
}

// TestCRDAddVersionRemoveKind is a CRD author's life with one unchanged
// command: a new version is picked up (and --verify-only says so first),
// and a removed kind leaves no orphan behind (--verify-only shows its files
// disappearing first, and touches nothing). The code is compiled once, at
// the end: both versions, after the removal (the first run's code is what
// TestQuickStartAsWritten compiles).
func TestCRDAddVersionRemoveKind(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a scratch module against client-go; skipped with -short")
	}
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": shopDoc("v1"), "pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget", "Gadget"),
	})
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, shopAll()...); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, out)
	}

	s.Write("pkg/apis/shop/v1beta1/doc.go", shopDoc("v1beta1"))
	s.Write("pkg/apis/shop/v1beta1/types.go", shopTypes("v1beta1", "Widget", "Gadget"))
	code, out := codegen(t, shopAll("--verify-only")...)
	newClient := "pkg/generated/clientset/versioned/typed/shop/v1beta1/widget.go"
	if code != 1 || !strings.Contains(out, "+++ "+newClient) {
		t.Fatalf("--verify-only after adding v1beta1: exit %d, want 1 and a diff creating %s\n%s", code, newClient, out)
	}
	if code, out := codegen(t, shopAll()...); code != 0 {
		t.Fatalf("run after adding v1beta1: exit %d\n%s", code, out)
	}

	for _, v := range []string{"v1", "v1beta1"} {
		s.Write("pkg/apis/shop/"+v+"/types.go", shopTypes(v, "Widget"))
	}
	orphan := "pkg/generated/listers/shop/v1/gadget.go"
	code, out = codegen(t, shopAll("--verify-only")...)
	if code != 1 || !strings.Contains(out, "--- "+orphan) || !strings.Contains(out, "+++ /dev/null") {
		t.Fatalf("--verify-only after removing Gadget: exit %d, want 1 and a diff removing %s\n%s", code, orphan, out)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, orphan)); err != nil {
		t.Fatalf("--verify-only touched %s: %v", orphan, err)
	}
	standaloneVerifyShowsGadgetGone(t)
	if code, out := codegen(t, shopAll()...); code != 0 {
		t.Fatalf("run after removing Gadget: exit %d\n%s", code, out)
	}
	for rel, data := range s.Files("pkg") {
		if bytes.Contains(data, []byte("Gadget")) {
			t.Errorf("pkg/%s still mentions Gadget after the kind was removed", rel)
		}
	}
	mustBuild(t, s, "v1", "v1beta1")
	if code, out := codegen(t, shopAll("--verify-only")...); code != 0 {
		t.Errorf("--verify-only right after a run: exit %d\n%s", code, out)
	}
}

// standaloneVerifyShowsGadgetGone runs client-gen, lister-gen, informer-gen
// and applyconfiguration-gen alone with --verify-only, as kube-codegen
// runs them, after Gadget was removed: each knows its own output tree and
// shows Gadget's files disappearing, exit 1.
func standaloneVerifyShowsGadgetGone(t *testing.T) {
	t.Helper()
	const gen = "example.com/shop/pkg/generated"
	apis := []string{"./pkg/apis/shop/v1", "./pkg/apis/shop/v1beta1"}
	runs := []struct {
		gen  *cli.Spec
		args []string
		gone string
	}{
		{client.NewCommand(), []string{"--output-dir", "pkg/generated/clientset", "--output-pkg", gen + "/clientset", "--clientset-name", "versioned",
			"--apply-configuration-package", gen + "/applyconfiguration", "--input-base", "example.com/shop/pkg/apis", "--input", "shop/v1", "--input", "shop/v1beta1"},
			"pkg/generated/clientset/versioned/typed/shop/v1/gadget.go"},
		{lister.NewCommand(), append([]string{"--output-dir", "pkg/generated/listers", "--output-pkg", gen + "/listers"}, apis...),
			"pkg/generated/listers/shop/v1/gadget.go"},
		{informer.NewCommand(), append([]string{"--output-dir", "pkg/generated/informers", "--output-pkg", gen + "/informers",
			"--versioned-clientset-package", gen + "/clientset/versioned", "--listers-package", gen + "/listers"}, apis...),
			"pkg/generated/informers/externalversions/shop/v1/gadget.go"},
		{applyconfiguration.NewCommand(), append([]string{"--output-dir", "pkg/generated/applyconfiguration", "--output-pkg", gen + "/applyconfiguration"}, apis...),
			"pkg/generated/applyconfiguration/shop/v1/gadget.go"},
	}
	for _, r := range runs {
		var out bytes.Buffer
		code := cli.Run(r.gen, append([]string{"--verify-only"}, r.args...), &out, &out)
		if code != 1 || !strings.Contains(out.String(), "--- "+r.gone+"\n+++ /dev/null") {
			t.Errorf("%s --verify-only: exit %d, want 1 and %s shown disappearing:\n%s", r.gen.Name, code, r.gone, out.String())
		}
	}
}
