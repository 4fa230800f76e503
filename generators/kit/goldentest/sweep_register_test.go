//go:build compat

package goldentest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestSweepRegister runs register-gen as kube_codegen.sh's gen_register
// does, over every package with a +groupName, in the Kubernetes modules
// that have them. Each keeps a hand-written register.go, so upstream
// writes nothing and exits 0: ours must too, with no error.
func TestSweepRegister(t *testing.T) {
	t.Parallel() // subprocesses only: it overlaps the other sweeps
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/register-gen")
	header := filepath.Join(root, "testdata", "boilerplate.go.txt")
	// k8s.io/apiserver's apiserver/v1alpha1 gives +groupName twice (a warning).
	for _, module := range []string{"k8s.io/api", "k8s.io/apiserver", "k8s.io/sample-apiserver"} {
		t.Run(filepath.Base(module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, module, "v0.37.2")
			pkgs := taggedPackages(t, mod, ".", "+groupName")
			args := append([]string{"--output-file", "zz_generated.register.go", "--go-header-file", header}, pkgs...)
			if out, err := goldentest.RunIn(mod, bin, args...); err != nil {
				t.Fatalf("register-gen over %d packages: %v\n%s", len(pkgs), err, out)
			}
			written := 0
			for _, p := range pkgs {
				if _, err := os.Stat(filepath.Join(mod, p, "zz_generated.register.go")); err == nil {
					written++
					t.Errorf("%s: wrote zz_generated.register.go beside its register.go", strings.TrimPrefix(p, "./"))
				}
			}
			t.Logf("%s: %d +groupName packages, %d files written", module, len(pkgs), written)
		})
	}
}
