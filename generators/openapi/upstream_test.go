package openapi_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// upstreamOpenAPIGen is the upstream command our output is checked against.
const upstreamOpenAPIGen = "k8s.io/kube-openapi/cmd/openapi-gen@v0.0.0-20260721132016-d427ff9ee9ad"

// TestGoldenMatchesUpstream (opt-in: GENGOKIT_UPSTREAM=1, it installs
// upstream's openapi-gen) runs upstream's openapi-gen over every golden
// case, in a copy of the repository, and requires the committed goldens
// to be its output, byte for byte: definitions, model-name files, report.
func TestGoldenMatchesUpstream(t *testing.T) {
	if os.Getenv("GENGOKIT_UPSTREAM") == "" {
		t.Skip("set GENGOKIT_UPSTREAM=1 to install upstream's openapi-gen and compare")
	}
	root := goldentest.Root(t)
	bin := goldentest.InstallUpstream(t, upstreamOpenAPIGen)
	copyRoot := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum", "testdata"} {
		copyTree(t, filepath.Join(root, name), filepath.Join(copyRoot, name))
	}
	for _, dir := range goldenCases(t, root) {
		rel, _ := filepath.Rel(root, dir)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			copied := filepath.Join(copyRoot, rel)
			want := goldentest.TakeFiles(t, copied, isGoldenOutput)
			if len(want) < 2 {
				t.Fatalf("%d goldens in %s, want the definitions and the report at least", len(want), rel)
			}
			args := append(caseArgs(t, copyRoot, copied), "./"+filepath.ToSlash(rel)+"/api/...")
			if out, err := goldentest.RunIn(copyRoot, bin, args...); err != nil {
				t.Fatalf("upstream openapi-gen: %v\n%s", err, out)
			}
			got := goldentest.TakeFiles(t, copied, isGoldenOutput)
			for path, data := range want {
				if !bytes.Equal(got[path], data) {
					t.Errorf("%s/%s: upstream writes other bytes than the golden", rel, path)
				}
			}
			if len(got) != len(want) {
				t.Errorf("upstream writes %d files, the case has %d goldens", len(got), len(want))
			}
		})
	}
}

// isGoldenOutput reports whether rel is a file openapi-gen writes in a
// golden case.
func isGoldenOutput(rel string, _ []byte) bool {
	base := filepath.Base(rel)
	return base == modelNameFile || base == "zz_generated.openapi.go" || base == "api_violations.report"
}

// copyTree copies the file or directory src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
