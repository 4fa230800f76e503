//go:build compat

package goldentest_test

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
	"github.com/gengokit/gengokit/generators/register"
)

// The Kubernetes tree test rebuilds the kubernetes v1.37.2 repository as
// shared/COMPAT.md's third wave does (the module, with each staging module
// its go.work uses at v0.37.2 under staging/src/k8s.io) and runs, in this
// process, each in-place generator of its hack/update-codegen.sh as that
// script runs it: the packages its tag grep finds, its flags, its output
// files deleted first. Every file the tree ships must come back byte for
// byte, and no other. It loads the whole tree once per generator (a few
// minutes, 2 GiB), so it is not part of make test: make compat runs it.

// kubeStep is one codegen::<name> function of the tree's update-codegen.sh.
type kubeStep struct {
	name string
	gen  func() *cli.Spec
	// suffix names the output file, zz_generated.<suffix>.go.
	suffix string
	// asks reports whether a +k8s:-tagged file asks for the generator, as
	// the script's grep of that function decides.
	asks func(data []byte) bool
	// extra are the flags the function adds to the common ones.
	extra []string
	// files is how many output files the tree ships.
	files int
}

// kubeSteps are the in-place generators, in the script's order.
func kubeSteps() []kubeStep {
	peers := []string{"--extra-peer-dirs", "k8s.io/kubernetes/pkg/apis/core", "--extra-peer-dirs", "k8s.io/kubernetes/pkg/apis/core/v1",
		"--extra-peer-dirs", "k8s.io/api/core/v1"}
	return []kubeStep{
		{"deepcopy", func() *cli.Spec { return deepcopy.NewCommand() }, "deepcopy", contains("+k8s:deepcopy-gen="), nil, 244},
		{"prerelease", func() *cli.Spec { return prereleaselifecycle.NewCommand() }, "prerelease-lifecycle",
			contains("+k8s:prerelease-lifecycle-gen=true"), nil, 61},
		{"defaults", func() *cli.Spec { return defaulter.NewCommand() }, "defaults", contains("+k8s:defaulter-gen="), nil, 104},
		{"conversions", func() *cli.Spec { return conversion.NewCommand() }, "conversion",
			regexp.MustCompile(`(?m)^// *\+k8s:conversion-gen=`).Match, peers, 155},
		{"register", func() *cli.Spec { return register.NewCommand() }, "register", contains("+k8s:register-gen="), nil, 1},
	}
}

func contains(tag string) func([]byte) bool {
	return func(data []byte) bool { return bytes.Contains(data, []byte(tag)) }
}

// TestKubernetesTree runs deepcopy-gen, prerelease-lifecycle-gen,
// defaulter-gen, conversion-gen, register-gen, validation-gen and
// go-to-protobuf over the
// kubernetes tree as its hack/update-codegen.sh does, and requires each to
// exit 0 and to write back exactly the files the tree ships.
func TestKubernetesTree(t *testing.T) {
	start := time.Now()
	tree := kubernetesTree(t)
	t.Chdir(tree)
	t.Setenv("GOWORK", filepath.Join(tree, "go.work"))
	t.Setenv("GOFLAGS", "")
	t.Setenv("LC_ALL", "C")
	skip := avoided(t, tree)
	tagged := k8sTagFiles(t, tree, skip)
	t.Logf("tree built in %s: %d files with +k8s: tags", time.Since(start).Round(time.Second), len(tagged))
	for _, s := range kubeSteps() {
		t.Run(s.name, func(t *testing.T) { s.run(t, tree, tagged, skip) })
	}
	t.Run("validation", func(t *testing.T) { validationTree(t, tree, tagged, skip) })
	t.Run("protobuf", func(t *testing.T) { protobufTree(t, tree) })
	t.Logf("wall time %s", time.Since(start).Round(time.Second))
}

// run deletes the step's shipped outputs, runs its generator and compares.
func (s kubeStep) run(t *testing.T, tree string, tagged map[string][]byte, skip func(rel string) bool) {
	output := "zz_generated." + s.suffix + ".go"
	isOutput := func(rel string, _ []byte) bool { return path.Base(rel) == output && !skip(rel) }
	want := goldentest.TakeFiles(t, tree, isOutput)
	if len(want) != s.files {
		t.Fatalf("the tree ships %d %s files, want %d", len(want), output, s.files)
	}
	pkgs := s.packages(tagged)
	args := append([]string{"-v", "1", "--go-header-file", "hack/boilerplate/boilerplate.generatego.txt",
		"--output-file", output, "--lint-rules=known-tags-only,require-explicit-disablement"}, s.extra...)
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := cli.Run(s.gen(), append(args, pkgs...), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d over %d packages:\n%s", code, len(pkgs), stderr.String())
	}
	took := time.Since(start).Round(time.Second)
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(l, "W") {
			t.Log(l)
		}
	}
	n := goldentest.CompareOutputs(t, tree, want, isOutput)
	if n != s.files {
		t.Errorf("%d/%d %s files identical", n, s.files, output)
	}
	t.Logf("%s: %d tagged packages, %d/%d files identical, generated in %s", s.name, len(pkgs), n, s.files, took)
}

// packages returns, as ./dir patterns sorted as the script's sort -u
// (LC_ALL=C) sorts them, the directories of the tagged files that ask for
// the step's generator.
func (s kubeStep) packages(tagged map[string][]byte) []string {
	dirs := map[string]bool{}
	for rel, data := range tagged {
		if s.asks(data) {
			dirs["./"+path.Dir(rel)] = true
		}
	}
	out := make([]string, 0, len(dirs))
	for d := range dirs {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}

// kubernetesTree copies k8s.io/kubernetes v1.37.2 and each staging module
// its go.work uses (v0.37.2) to staging/src/k8s.io/<name>, and rewrites the
// go.work without the two the module proxy does not serve.
func kubernetesTree(t *testing.T) string {
	tree := goldentest.CopyModule(t, "k8s.io/kubernetes", "v1.37.2")
	work := filepath.Join(tree, "go.work")
	data, err := os.ReadFile(work)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	staged := 0
	for _, line := range strings.SplitAfter(string(data), "\n") {
		dir := strings.TrimSpace(line)
		name, ok := strings.CutPrefix(dir, "./staging/src/k8s.io/")
		switch {
		case ok && (name == "sample-cli-plugin" || name == "sample-controller"):
			continue
		case ok:
			goldentest.CopyModuleTo(t, "k8s.io/"+name, "v0.37.2", filepath.Join(tree, filepath.FromSlash(dir)))
			staged++
		}
		kept = append(kept, line)
	}
	if staged < 30 {
		t.Fatalf("go.work uses %d staging modules, want at least 30", staged)
	}
	if err := os.WriteFile(work, []byte(strings.Join(kept, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return tree
}

// avoided returns what the script's git_find and git_grep leave out, by
// path relative to tree: vendor/, and the directories of the files of a
// nested go.work's module or below an _codegenignore directory.
func avoided(t *testing.T, tree string) func(rel string) bool {
	var nested []string
	err := filepath.WalkDir(tree, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "go.work" && filepath.Dir(p) != tree {
			rel, _ := filepath.Rel(tree, filepath.Dir(p))
			nested = append(nested, filepath.ToSlash(rel)+"/")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return func(rel string) bool {
		if strings.HasPrefix(rel, "vendor/") || strings.Contains(rel, "/_codegenignore/") {
			return true
		}
		for _, dir := range nested {
			if strings.HasPrefix(rel, dir) {
				return true
			}
		}
		return false
	}
}

// k8sTagFiles returns, by path relative to tree, the Go files the
// script's ALL_K8S_TAG_FILES holds: those with a line that starts with a
// +k8s: tag comment, none under a testdata directory or an avoided one.
func k8sTagFiles(t *testing.T, tree string, skip func(rel string) bool) map[string][]byte {
	tag := regexp.MustCompile(`(?m)^// *\+k8s:`)
	out := map[string][]byte{}
	err := filepath.WalkDir(tree, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, _ := filepath.Rel(tree, p)
		rel = filepath.ToSlash(rel)
		if skip(rel) || strings.Contains(rel, "/testdata/") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err == nil && tag.Match(data) {
			out[rel] = data
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
