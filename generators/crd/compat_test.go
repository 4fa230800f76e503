//go:build compat

package crd_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestGoldensMatchControllerGen runs controller-gen v0.23.0 (built from
// the module proxy into a temporary directory, never a dependency of this
// module) over every golden case and requires its CRDs, byte for byte, to
// be the case's golden files, which TestGolden holds our output to.
func TestGoldensMatchControllerGen(t *testing.T) {
	root := goldentest.Root(t)
	bin := goldentest.InstallUpstream(t, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	files := 0
	for _, dir := range goldenCases(t, root) {
		rel, _ := filepath.Rel(root, dir)
		out := t.TempDir()
		if msg, err := goldentest.RunIn(root, bin, "crd", "paths=./"+filepath.ToSlash(rel)+"/...", "output:crd:dir="+out); err != nil {
			t.Fatalf("%s: controller-gen: %v\n%s", rel, err, msg)
		}
		entries, err := os.ReadDir(out)
		if err != nil || len(entries) == 0 {
			t.Fatalf("%s: controller-gen wrote nothing (%v)", rel, err)
		}
		for _, e := range entries {
			got, _ := os.ReadFile(filepath.Join(out, e.Name()))
			goldentest.Compare(t, filepath.Join(dir, wantDir, e.Name()), got, false)
			files++
		}
		if want, _ := os.ReadDir(filepath.Join(dir, wantDir)); len(want) != len(entries) {
			t.Errorf("%s: controller-gen wrote %d CRDs, the case has %d", rel, len(entries), len(want))
		}
	}
	t.Logf("%d CRDs of %d cases identical to controller-gen v0.23.0's", files, len(goldenCases(t, root)))
}
