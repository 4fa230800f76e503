package prereleaselifecycle_test

import (
	"path"
	"path/filepath"
	"slices"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

const outputFile = "zz_generated.prerelease-lifecycle.go"

// compatPackages returns the 55 packages of case api-prerelease-lifecycle:
// those of api-deepcopy that say +k8s:prerelease-lifecycle-gen=true.
func compatPackages() []string {
	without := []string{"apiserverinternal/v1alpha1", "imagepolicy/v1alpha1", "node/v1alpha1", "rbac/v1alpha1", "scheduling/v1alpha3"}
	var out []string
	for _, p := range goldentest.KubeAPIVersions() {
		if !slices.Contains(without, p) {
			out = append(out, p)
		}
	}
	return out
}

// compatArgs returns the arguments of case api-prerelease-lifecycle.
func compatArgs(root string) []string {
	args := []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", outputFile, "--lint-rules=known-tags-only,require-explicit-disablement"}
	for _, p := range compatPackages() {
		args = append(args, "./"+p)
	}
	return args
}

// TestCompatAPIPrereleaseLifecycle regenerates the
// zz_generated.prerelease-lifecycle.go files of k8s.io/api v0.37.2 with the
// built binary, in a copy of the module, and requires the shipped bytes
// (case api-prerelease-lifecycle of shared/COMPAT.md).
func TestCompatAPIPrereleaseLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates k8s.io/api; skipped with -short")
	}
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/prerelease-lifecycle-gen")
	api := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	inCase := map[string]bool{}
	for _, p := range compatPackages() {
		inCase[p] = true
	}
	isOutput := func(rel string, _ []byte) bool { return path.Base(rel) == outputFile && inCase[path.Dir(rel)] }
	want := goldentest.TakeFiles(t, api, isOutput)
	if len(want) != 55 {
		t.Fatalf("found %d shipped %s files in the case's packages, want 55", len(want), outputFile)
	}
	if out, err := goldentest.RunIn(api, bin, compatArgs(root)...); err != nil {
		t.Fatalf("prerelease-lifecycle-gen: %v\n%s", err, out)
	}
	if n := goldentest.CompareOutputs(t, api, want, isOutput); n != 55 {
		t.Errorf("api-prerelease-lifecycle: %d/55 identical", n)
	}
}
