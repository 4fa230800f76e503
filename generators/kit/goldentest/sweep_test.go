//go:build compat

package goldentest_test

import (
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// The sweep runs our generators over every tagged package of the
// Kubernetes modules that ship generated code, through the drivers those
// modules use, and requires that none of our errors fires where upstream
// generated compiling code: every run exits 0 and writes back the shipped
// files byte for byte. It takes several minutes, so it is part of make
// compat (build tag compat), not make test; make sweep runs it alone.

// ourGenerators are the generators the sweep runs; the files of any other
// generator are put back by a stand-in.
var ourGenerators = []string{"deepcopy-gen", "defaulter-gen", "conversion-gen", "register-gen", "prerelease-lifecycle-gen", "openapi-gen", "applyconfiguration-gen", "client-gen", "lister-gen", "informer-gen"}

// notYetOurs are the generators kube_codegen.sh also runs, which gengokit
// does not have yet.
var notYetOurs = []string{"validation-gen"}

// TestSweepKubeCodegen runs each module's own hack/update-codegen.sh, which
// sources code-generator v0.37.2's kube_codegen.sh, with our binaries in
// GOBIN: the script as its users run it, flags and all.
func TestSweepKubeCodegen(t *testing.T) {
	t.Parallel() // subprocesses only: it overlaps the other sweeps
	gobin := sweepBin(t)
	codegen := t.TempDir()
	script, err := os.ReadFile(filepath.Join(goldentest.ModuleDir(t, "k8s.io/code-generator", "v0.37.2"), "kube_codegen.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(codegen, "kube_codegen.sh"), script, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, module := range []string{"k8s.io/sample-apiserver", "k8s.io/kube-aggregator", "k8s.io/apiextensions-apiserver", "k8s.io/metrics"} {
		t.Run(filepath.Base(module), func(t *testing.T) {
			pristine := goldentest.CopyModule(t, module, "v0.37.2")
			mod := goldentest.CopyModule(t, module, "v0.37.2")
			want := generatedFiles(t, pristine)
			cmd := exec.Command("bash", "hack/update-codegen.sh")
			cmd.Dir = mod
			cmd.Env = append(os.Environ(), "GOBIN="+gobin, "PATH="+gobin+string(os.PathListSeparator)+os.Getenv("PATH"),
				"REAL_GO="+realGo(t), "PRISTINE="+pristine, "CODEGEN_PKG="+codegen,
				"GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C",
				// As Kubernetes' own update-codegen.sh runs them: gen_openapi
				// writes the API rule report (apimachinery's known
				// violations) instead of diffing it against /dev/null.
				"API_KNOWN_VIOLATIONS_DIR="+t.TempDir(), "UPDATE_API_KNOWN_VIOLATIONS=true")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("hack/update-codegen.sh: %v\n%s", err, out)
			}
			n := goldentest.CompareOutputs(t, mod, want, isOurs)
			t.Logf("%s: %d packages, %d/%d files identical", module, countDirs(want), n, len(want))
		})
	}
}

// TestSweepDeepcopy runs deepcopy-gen as Kubernetes' update-codegen.sh
// does over the staging modules: every package with a +k8s:deepcopy-gen=
// tag, with its lint rules; and over code-generator's own output_tests
// with their go:generate arguments.
func TestSweepDeepcopy(t *testing.T) {
	t.Parallel() // subprocesses only: it overlaps the other sweeps
	bin := filepath.Join(sweepBin(t), "deepcopy-gen")
	header := filepath.Join(goldentest.Root(t), "testdata", "boilerplate.go.txt")
	cases := []struct {
		module, under string
		lint          bool
	}{
		{"k8s.io/api", ".", true},
		{"k8s.io/apimachinery", ".", true},
		{"k8s.io/apiserver", ".", true},
		{"k8s.io/client-go", ".", true},
		{"k8s.io/code-generator", "cmd/deepcopy-gen/output_tests", false},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, c.module, "v0.37.2")
			pkgs := taggedPackages(t, mod, c.under, "+k8s:deepcopy-gen=")
			isDeepcopy := func(rel string, data []byte) bool {
				return strings.HasSuffix(rel, ".go") && goldentest.GeneratedBy("deepcopy-gen", data)
			}
			want := goldentest.TakeFiles(t, mod, isDeepcopy)
			args := []string{"--go-header-file", header, "--output-file", "zz_generated.deepcopy.go"}
			if c.lint {
				args = append(args, "--lint-rules=known-tags-only,require-explicit-disablement")
			}
			if out, err := goldentest.RunIn(mod, bin, append(args, pkgs...)...); err != nil {
				t.Fatalf("deepcopy-gen over %d packages: %v\n%s", len(pkgs), err, out)
			}
			n := goldentest.CompareOutputs(t, mod, want, isDeepcopy)
			t.Logf("%s: %d tagged packages, %d/%d files identical", c.module, len(pkgs), n, len(want))
		})
	}
}

// TestSweepDefaulter runs defaulter-gen as Kubernetes' update-codegen.sh
// does over the staging modules that ship defaults: every package with a
// +k8s:defaulter-gen= tag, with its lint rules; and over code-generator's
// own output_tests with their go:generate arguments. (sample-apiserver,
// kube-aggregator and apiextensions-apiserver run it through
// kube_codegen.sh, in TestSweepKubeCodegen.)
func TestSweepDefaulter(t *testing.T) {
	t.Parallel() // subprocesses only: it overlaps the other sweeps
	bin := filepath.Join(sweepBin(t), "defaulter-gen")
	header := filepath.Join(goldentest.Root(t), "testdata", "boilerplate.go.txt")
	lint := "--lint-rules=known-tags-only,require-explicit-disablement"
	cases := []struct {
		module, under string
		args          []string // after the header and output flags
	}{
		{"k8s.io/apimachinery", ".", []string{lint}},
		{"k8s.io/apiserver", ".", []string{lint}},
		{"k8s.io/client-go", ".", []string{lint}},
		{"k8s.io/cloud-provider", ".", []string{lint}},
		{"k8s.io/kubectl", ".", []string{lint}},
		{"k8s.io/kubelet", ".", []string{lint}},
		{"k8s.io/pod-security-admission", ".", []string{lint}},
		{"k8s.io/code-generator", "cmd/defaulter-gen/output_tests", []string{"k8s.io/code-generator/cmd/defaulter-gen/output_tests/..."}},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, c.module, "v0.37.2")
			isDefaults := func(rel string, data []byte) bool {
				return strings.HasSuffix(rel, ".go") && goldentest.GeneratedBy("defaulter-gen", data)
			}
			want := goldentest.TakeFiles(t, mod, isDefaults)
			args := append([]string{"--go-header-file", header, "--output-file", "zz_generated.defaults.go"}, c.args...)
			pkgs := []string{}
			if c.under == "." {
				pkgs = taggedPackages(t, mod, c.under, "+k8s:defaulter-gen=")
				args = append(args, pkgs...)
			}
			if out, err := goldentest.RunIn(mod, bin, args...); err != nil {
				t.Fatalf("defaulter-gen over %d packages: %v\n%s", len(pkgs), err, out)
			}
			n := goldentest.CompareOutputs(t, mod, want, isDefaults)
			t.Logf("%s: %d tagged packages, %d/%d files identical", c.module, len(pkgs), n, len(want))
		})
	}
}

// isOurs accepts the Go files one of our generators writes.
func isOurs(rel string, data []byte) bool {
	if !strings.HasSuffix(rel, ".go") {
		return false
	}
	for _, g := range ourGenerators {
		if goldentest.GeneratedBy(g, data) {
			return true
		}
	}
	return false
}

// generatedFiles returns the files of our generators below root.
func generatedFiles(t *testing.T, root string) map[string][]byte {
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		if err == nil && isOurs(rel, data) {
			out[filepath.ToSlash(rel)] = data
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// taggedPackages returns, as ./relative patterns, the directories below
// root/under with a non-test Go file that contains tag, sorted.
func taggedPackages(t *testing.T, root, under, tag string) []string {
	dirs := map[string]bool{}
	err := filepath.WalkDir(filepath.Join(root, under), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(data), tag) {
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			dirs["./"+filepath.ToSlash(rel)] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return slices.Sorted(maps.Keys(dirs))
}

func countDirs(files map[string][]byte) int {
	dirs := map[string]bool{}
	for rel := range files {
		dirs[filepath.Dir(rel)] = true
	}
	return len(dirs)
}

func realGo(t *testing.T) string {
	path, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// sweepBin returns a directory with our binaries, a stand-in for each
// generator we do not have yet (it puts back the files that generator
// wrote, from the pristine copy in $PRISTINE), and a "go" whose install
// does nothing (kube_codegen.sh installs code-generator's binaries; the
// sweep keeps ours). The real go is $REAL_GO.
func sweepBin(t *testing.T) string {
	dir := t.TempDir()
	root := goldentest.Root(t)
	build := exec.Command("go", append([]string{"build", "-o", dir + string(filepath.Separator)}, commandPackages()...)...)
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	write := func(name, script string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write("go", "[ \"$1\" = install ] && exit 0\nexec \"$REAL_GO\" \"$@\"\n")
	for _, g := range notYetOurs {
		write(g, "cd \"$PRISTINE\" && grep -rl --include='*.go' '^// Code generated by "+g+
			". DO NOT EDIT.' . | while read -r f; do cp \"$f\" \"$OLDPWD/$f\"; done\n")
	}
	return dir
}

func commandPackages() []string {
	out := make([]string, len(ourGenerators))
	for i, g := range ourGenerators {
		out[i] = "./cmd/" + g
	}
	return out
}
