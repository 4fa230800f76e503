//go:build compat

package goldentest_test

import (
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// kubeCodegenShim is a kube_codegen.sh whose functions are kube-codegen's
// subcommands: a module's own update-codegen.sh sources it and so drives
// kube-codegen with exactly the arguments it gives kube_codegen.sh.
const kubeCodegenShim = `# kube_codegen.sh, as kube-codegen
kube::codegen::gen_helpers() { kube-codegen helpers -q "$@"; }
kube::codegen::gen_openapi() { kube-codegen openapi -q "$@"; }
kube::codegen::gen_client() { kube-codegen client -q "$@"; }
kube::codegen::gen_register() { kube-codegen register -q "$@"; }
`

// regeneratedByScripts accepts the files a hack/update-codegen.sh
// regenerates through kube_codegen.sh's functions: those below under (its
// pkg directory; the examples of apiextensions-apiserver have a script of
// their own), not
// prerelease-lifecycle-gen's (Kubernetes' own scripts write them) nor the
// OpenAPI model-name files (gen_openapi rewrites them only where a module
// calls it, which not all do).
func regeneratedByScripts(under string) func(rel string, data []byte) bool {
	return func(rel string, data []byte) bool { return regeneratedBelow(under, rel, data) }
}

func regeneratedBelow(under, rel string, data []byte) bool {
	return strings.HasPrefix(rel, under) && isOurs(rel, data) && !goldentest.GeneratedBy("prerelease-lifecycle-gen", data) &&
		filepath.Base(rel) != "zz_generated.model_name.go"
}

// TestSweepKubeCodegenCommand runs each module's own hack/update-codegen.sh
// with kube_codegen.sh's functions replaced by kube-codegen's subcommands,
// after removing every file our generators wrote there: no error, and
// every file comes back byte for byte (validation-gen's, which kube-codegen
// leaves alone, stay as they are).
func TestSweepKubeCodegenCommand(t *testing.T) {
	t.Parallel() // subprocesses only: it overlaps the other sweeps
	gobin := t.TempDir()
	build := exec.Command("go", "build", "-o", gobin+string(filepath.Separator), "./cmd/kube-codegen")
	build.Dir = goldentest.Root(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	shim := t.TempDir()
	if err := os.WriteFile(filepath.Join(shim, "kube_codegen.sh"), []byte(kubeCodegenShim), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ module, dir string }{
		{"k8s.io/sample-apiserver", "."}, {"k8s.io/kube-aggregator", "."}, {"k8s.io/apiextensions-apiserver", "."},
		{"k8s.io/apiextensions-apiserver", "examples/client-go"}, {"k8s.io/metrics", "."},
	} {
		module := c.module
		t.Run(filepath.Base(module)+"/"+c.dir, func(t *testing.T) {
			mod := goldentest.CopyModule(t, module, "v0.37.2")
			want := generatedFiles(t, mod)
			goldentest.TakeFiles(t, mod, regeneratedByScripts(filepath.ToSlash(filepath.Join(c.dir, "pkg"))+"/"))
			cmd := exec.Command("bash", "hack/update-codegen.sh")
			cmd.Dir = filepath.Join(mod, c.dir)
			cmd.Env = append(os.Environ(), "PATH="+gobin+string(os.PathListSeparator)+os.Getenv("PATH"), "CODEGEN_PKG="+shim,
				"GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C",
				"API_KNOWN_VIOLATIONS_DIR="+t.TempDir(), "UPDATE_API_KNOWN_VIOLATIONS=true")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("hack/update-codegen.sh: %v\n%s", err, out)
			}
			n := goldentest.CompareOutputs(t, mod, want, isOurs)
			t.Logf("%s: %d packages, %d/%d files identical", module, countDirs(want), n, len(want))
		})
	}
	t.Run("kueue/client-go", func(t *testing.T) { sweepKueueClient(t, gobin) })
}

// kueueClientArgs is the gen_client call of kueue v0.17.0's
// hack/tools/code-generator/generate.sh (not part of the module), as
// kube-codegen's client subcommand, for the module copied to root.
func kueueClientArgs(root string) []string {
	const core = ":k8s.io/client-go/applyconfigurations/core/v1"
	externals := "k8s.io/api/core/v1.PodTemplateSpec" + core + ",k8s.io/api/core/v1.Taint" + core + ",k8s.io/api/core/v1.Toleration" + core
	return []string{"client", "-q", "--boilerplate", filepath.Join(root, "hack/boilerplate.go.txt"),
		"--output-dir", filepath.Join(root, "client-go"), "--output-pkg", "sigs.k8s.io/kueue/client-go",
		"--with-watch", "--with-applyconfig", "--applyconfig-externals", externals, filepath.Join(root, "apis")}
}

// sweepKueueClient regenerates kueue v0.17.0's client-go (its files
// removed first, as kube_codegen.sh does) and requires every file to be
// what upstream's kube_codegen.sh v0.37.2 writes there: their SHA-256 sums
// are in testdata/kube-codegen/kueue-v0.17.0-client.sha256 (kueue ships
// files of an older code-generator). Its apis/kueue/v1alpha1 holds no
// types, only a lone //+genclient comment. As shipped, the module's
// client-go is too old for that code: the first run must stop and say so.
func sweepKueueClient(t *testing.T, gobin string) {
	want := readSums(t, filepath.Join(goldentest.Root(t), "testdata", "kube-codegen", "kueue-v0.17.0-client.sha256"))
	mod := goldentest.CopyModule(t, "sigs.k8s.io/kueue", "v0.17.0")
	goldentest.TakeFiles(t, mod, func(rel string, data []byte) bool { return strings.HasPrefix(rel, "client-go/") && isOurs(rel, data) })
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	run := func(dir, name string, args ...string) ([]byte, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		return cmd.CombinedOutput()
	}
	// kueue v0.17.0 requires client-go v0.35.3, older than the clientset
	// v0.37.2 generates needs: the run stops and names the go get, which
	// a user runs before generating again.
	const fix = "go get k8s.io/client-go@v0.37.2 k8s.io/apimachinery@v0.37.2"
	kubeCodegen := filepath.Join(gobin, "kube-codegen")
	if out, err := run(filepath.Join(mod, "hack"), kubeCodegen, kueueClientArgs(mod)...); err == nil || !strings.Contains(string(out), fix) {
		t.Fatalf("kube-codegen client on client-go v0.35.3: want exit 1 naming %q, got %v\n%s", fix, err, out)
	}
	if out, err := run(mod, "go", strings.Fields(fix)[1:]...); err != nil {
		t.Fatalf("%s: %v\n%s", fix, err, out)
	}
	if out, err := run(filepath.Join(mod, "hack"), kubeCodegen, kueueClientArgs(mod)...); err != nil {
		t.Fatalf("kube-codegen client: %v\n%s", err, out)
	}
	got := map[string]string{}
	for rel, sum := range generatedFiles(t, mod) {
		got[rel] = fmt.Sprintf("%x", sha256.Sum256(sum))
	}
	identical := 0
	for _, rel := range slices.Sorted(maps.Keys(want)) {
		switch g, ok := got[rel]; {
		case !ok:
			t.Errorf("%s: not generated", rel)
		case g != want[rel]:
			t.Errorf("%s differs from upstream's", rel)
		default:
			identical++
		}
	}
	for rel := range got {
		if _, ok := want[rel]; !ok && strings.HasPrefix(rel, "client-go/") {
			t.Errorf("%s: generated, upstream does not", rel)
		}
	}
	t.Logf("sigs.k8s.io/kueue v0.17.0: %d/%d client-go files identical to upstream's", identical, len(want))
}

// readSums reads a sha256sum listing: sum by path.
func readSums(t *testing.T, path string) map[string]string {
	out := map[string]string{}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if sum, rel, ok := strings.Cut(line, "  "); ok {
			out[rel] = sum
		}
	}
	return out
}
