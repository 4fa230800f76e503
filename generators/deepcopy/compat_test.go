//go:build compat

package deepcopy_test

import (
	"path"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestCompatAPIDeepcopy regenerates the zz_generated.deepcopy.go files of
// k8s.io/api v0.37.2 with the built binary, in a copy of the module, and
// requires the shipped bytes (case api-deepcopy of shared/COMPAT.md). It is
// part of make compat; make test holds the same files to the shipped ones
// through TestOneLoad (generators/), over one load with four other cases.
func TestCompatAPIDeepcopy(t *testing.T) {
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/deepcopy-gen")
	api := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	inCase := map[string]bool{}
	var packages []string
	for _, p := range goldentest.KubeAPIVersions() {
		inCase[p] = true
		packages = append(packages, "./"+p)
	}
	args := goldentest.APIDeepcopyArgs(root, packages)
	isOutput := func(rel string, _ []byte) bool { return path.Base(rel) == outputFile && inCase[path.Dir(rel)] }
	want := goldentest.TakeFiles(t, api, isOutput)
	if len(want) != 60 {
		t.Fatalf("found %d shipped %s files in the case's packages, want 60", len(want), outputFile)
	}
	if out, err := goldentest.RunIn(api, bin, args...); err != nil {
		t.Fatalf("deepcopy-gen: %v\n%s", err, out)
	}
	if n := goldentest.CompareOutputs(t, api, want, isOutput); n != 60 {
		t.Errorf("api-deepcopy: %d/60 identical", n)
	}
}
