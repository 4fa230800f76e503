package crd_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/crd"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/crd")

// wantDir is where a case's golden CRDs are.
const wantDir = "want"

// goldenCases returns the golden case directories of testdata/crd.
func goldenCases(t *testing.T, root string) []string {
	var out []string
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "crd")) {
		if filepath.Base(dir) != "errors" {
			out = append(out, dir)
		}
	}
	if len(out) < 3 {
		t.Fatalf("want at least 3 golden cases in testdata/crd, have %d", len(out))
	}
	return out
}

// generate loads a case's packages and returns its CRDs by file name.
func generate(t *testing.T, root, dir string) map[string][]byte {
	t.Helper()
	t.Chdir(root)
	rel, _ := filepath.Rel(root, dir)
	patterns := []string{"./" + filepath.ToSlash(rel) + "/..."}
	u, err := load.Load(patterns)
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(nil, "", patterns)
	if err != nil {
		t.Fatal(err)
	}
	files, err := crd.Generate(l, crd.Options{OutputDir: filepath.Join(dir, wantDir), MaxDescLen: -1})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[filepath.Base(f.Path)] = f.Data
	}
	return out
}

// TestGolden generates every case's CRDs and compares each with its golden
// file (controller-gen v0.23's output for the case: TestGoldensMatchControllerGen
// in make compat holds them to it).
func TestGolden(t *testing.T) {
	root := goldentest.Root(t)
	for _, dir := range goldenCases(t, root) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			got := generate(t, root, dir)
			if len(got) == 0 {
				t.Fatal("no CRD generated")
			}
			for name, data := range got {
				goldentest.Compare(t, filepath.Join(dir, wantDir, name), data, *update)
			}
			entries, _ := os.ReadDir(filepath.Join(dir, wantDir))
			for _, e := range entries {
				if _, ok := got[e.Name()]; !ok {
					t.Errorf("%s: golden file not generated", e.Name())
				}
			}
		})
	}
}
