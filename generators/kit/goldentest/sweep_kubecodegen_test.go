package goldentest_test

import (
	"os"
	"os/exec"
	"path/filepath"
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
	sweepEnabled(t)
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
}
