package kubecodegen_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// crdCase returns the Go files of testdata/crd/<name> (by path below
// apis/) and its golden CRDs (by file name).
func crdCase(t *testing.T, name string) (files map[string]string, want map[string][]byte) {
	t.Helper()
	dir := filepath.Join(goldentest.Root(t), "testdata", "crd", name)
	files, want = map[string]string{}, map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		if strings.HasSuffix(path, ".go") {
			files["apis/"+filepath.ToSlash(rel)] = string(data)
		} else if filepath.Base(filepath.Dir(path)) == "want" {
			want[filepath.Base(path)] = data
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, want
}

// TestCRDSubcommand runs "kube-codegen crd" and "all --with-crd" over a
// copy of golden case versions: both write its golden CRDs into
// --crd-output-dir; a CRD an earlier run wrote for the same group is
// removed, another group's and a file without controller-gen's annotation
// are left; --verify-only reports an edited CRD and changes nothing.
func TestCRDSubcommand(t *testing.T) {
	goldentest.Loads(t)
	files, want := crdCase(t, "versions")
	for rel, src := range files { // what "all" needs beside: deep copies of the kinds
		src = strings.Replace(src, "// +groupName", "// +k8s:deepcopy-gen=package\n// +groupName", 1)
		for _, kind := range []string{"Ship", "Boat"} {
			src = strings.Replace(src, "\n// "+kind+" ", "\n// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object\n\n// "+kind+" ", 1)
		}
		files[rel] = src
	}
	s := goldentest.NewScratch(t, "example.com/ships", files)
	goldentest.Enter(t, s.Dir)
	stale := "---\nmetadata:\n  annotations:\n" + crd.Marker + "\n"
	s.Write("config/crd/ships.example.com_gone.yaml", stale)
	s.Write("config/crd/other.example.com_things.yaml", stale)
	s.Write("config/crd/ships.example.com_notes.yaml", "# kept: written by hand\n")
	if code, out := codegen(t, "crd", "-q", "./apis"); code != 0 {
		t.Fatalf("crd: exit %d\n%s", code, out)
	}
	got := s.Files("config/crd")
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs from the golden CRD of case versions", name)
		}
	}
	if _, ok := got["ships.example.com_gone.yaml"]; ok {
		t.Error("the stale CRD of the same group was not removed")
	}
	for _, kept := range []string{"other.example.com_things.yaml", "ships.example.com_notes.yaml"} {
		if _, ok := got[kept]; !ok {
			t.Errorf("%s was removed", kept)
		}
	}
	s.Write("config/crd/ships.example.com_ships.yaml", "---\n")
	if code, out := codegen(t, "crd", "-q", "--verify-only", "./apis"); code != 1 || !strings.Contains(out, "ships.example.com_ships.yaml") {
		t.Errorf("--verify-only over an edited CRD: exit %d, want 1 naming it\n%s", code, out)
	}
	if data, _ := os.ReadFile("config/crd/ships.example.com_ships.yaml"); string(data) != "---\n" {
		t.Error("--verify-only changed a file")
	}
	if code, out := codegen(t, "all", "-q", "--with-crd", "--crd-output-dir", "deploy/crds", "--output-dir", "pkg/generated",
		"--output-pkg", "example.com/ships/pkg/generated", "./apis"); code != 0 {
		t.Fatalf("all --with-crd: exit %d\n%s", code, out)
	}
	if got := s.Files("deploy/crds"); len(got) != len(want) || !bytes.Equal(got["ships.example.com_ships.yaml"], want["ships.example.com_ships.yaml"]) {
		t.Errorf("all --with-crd wrote %d CRDs, want the %d of case versions", len(got), len(want))
	}
}

// TestCRDSectionAsWritten runs the command of README.md's CRD section,
// as written, over the quick start's types: it writes the Widget CRD, the
// one version stored.
func TestCRDSectionAsWritten(t *testing.T) {
	goldentest.Loads(t)
	data, err := os.ReadFile(filepath.Join(goldentest.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	section := string(data)[strings.Index(string(data), "\n## CRD manifests"):]
	section = section[:strings.Index(section[1:], "\n## ")+1]
	var commands [][]string
	for _, line := range strings.Split(section, "\n") {
		if rest, ok := strings.CutPrefix(line, "go tool kube-codegen "); ok {
			commands = append(commands, strings.Fields(rest))
		}
	}
	if len(commands) != 1 {
		t.Fatalf("want one kube-codegen command in the CRD section, have %q", commands)
	}
	s := goldentest.NewScratch(t, "example.com/shop", readQuickStart(t).files)
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, commands[0]...); code != 0 {
		t.Fatalf("kube-codegen %s: exit %d\n%s", strings.Join(commands[0], " "), code, out)
	}
	crd, err := os.ReadFile("config/crd/shop.example.com_widgets.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"kind: CustomResourceDefinition", "name: widgets.shop.example.com", "storage: true", "x-kubernetes-list-map-keys:"} {
		if !strings.Contains(string(crd), want) {
			t.Errorf("the CRD has no %q:\n%s", want, crd)
		}
	}
}

// TestCRDOptionFlags runs "kube-codegen crd" over a copy of golden case
// options with the --crd-* flags of controller-gen's options in its
// options file: it writes the case's golden CRDs (header, floats,
// embedded ObjectMeta, unexported fields left out). Without the flags the
// case's floats are errors; a CRD version but v1 is refused.
func TestCRDOptionFlags(t *testing.T) {
	goldentest.Loads(t)
	files, want := crdCase(t, "options")
	header := filepath.Join(goldentest.Root(t), "testdata", "crd", "options", "header.txt")
	s := goldentest.NewScratch(t, "example.com/kits", files)
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, "crd", "-q", "--crd-allow-dangerous-types", "--crd-ignore-unexported-fields",
		"--crd-generate-embedded-object-meta", "--crd-versions", "v1", "--crd-header-file", header, "--crd-year", "2026", "./apis"); code != 0 {
		t.Fatalf("crd: exit %d\n%s", code, out)
	}
	got := s.Files("config/crd")
	if len(got) != len(want) {
		t.Errorf("wrote %d CRDs, want %d", len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s differs from the golden CRD of case options", name)
		}
	}
	ratio := fmt.Sprintf("apis/kits/v1/types.go:%d:2: float64", lineOf(t, files["apis/kits/v1/types.go"], "\tRatio float64"))
	if code, out := codegen(t, "crd", "-q", "--crd-output-dir", "other", "./apis"); code != 1 || !strings.Contains(out, ratio) {
		t.Errorf("floats without --crd-allow-dangerous-types: exit %d, want 1 at Ratio\n%s", code, out)
	}
	if code, out := codegen(t, "crd", "-q", "--crd-versions", "v1beta1", "./apis"); code != 1 || !strings.Contains(out, "--crd-versions: \"v1beta1\": only v1") {
		t.Errorf("--crd-versions v1beta1: exit %d, want 1 saying only v1 is written\n%s", code, out)
	}
}

// TestCRDCheckAsWritten runs README's crd-check command line as written
// over the quick start's types: it passes, counting the CRD.
func TestCRDCheckAsWritten(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	var commands [][]string
	for _, block := range goldentest.ShellBlocks(t, "## CRD manifests") {
		for _, line := range strings.Split(block, "\n") {
			if rest, ok := strings.CutPrefix(line, "crd-check "); ok {
				commands = append(commands, strings.Fields(rest))
			}
		}
	}
	if len(commands) != 1 {
		t.Fatalf("want one crd-check command in the CRD section, have %q", commands)
	}
	bin := goldentest.Build(t, root, "./cmd/crd-check")
	s := goldentest.NewScratch(t, "example.com/shop", readQuickStart(t).files)
	out, code := s.Run(bin, commands[0]...)
	if code != 0 || !strings.Contains(out, "crd-check: 1 CRDs, ") {
		t.Fatalf("crd-check %s: exit %d, want 0 counting one CRD\n%s", strings.Join(commands[0], " "), code, out)
	}
}

// lineOf returns the number of the first line of src that starts with
// prefix.
func lineOf(t *testing.T, src, prefix string) int {
	t.Helper()
	for i, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}
