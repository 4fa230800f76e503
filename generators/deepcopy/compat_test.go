package deepcopy_test

import (
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/goldentest"
)

// apiPackages are the 60 packages of case api-deepcopy in shared/COMPAT.md.
var apiPackages = strings.Fields(`
admission/v1 admission/v1beta1 admissionregistration/v1 admissionregistration/v1alpha1
admissionregistration/v1beta1 apidiscovery/v2 apidiscovery/v2beta1 apiserverinternal/v1alpha1
apps/v1 apps/v1beta1 apps/v1beta2 authentication/v1 authentication/v1alpha1 authentication/v1beta1
authorization/v1 authorization/v1beta1 autoscaling/v1 autoscaling/v2 batch/v1 batch/v1beta1
certificates/v1 certificates/v1alpha1 certificates/v1beta1 coordination/v1 coordination/v1alpha2
coordination/v1beta1 core/v1 discovery/v1 discovery/v1beta1 events/v1 events/v1beta1
extensions/v1beta1 flowcontrol/v1 flowcontrol/v1beta1 flowcontrol/v1beta2 flowcontrol/v1beta3
imagepolicy/v1alpha1 lifecycle/v1alpha1 networking/v1 networking/v1beta1 node/v1 node/v1alpha1
node/v1beta1 policy/v1 policy/v1beta1 rbac/v1 rbac/v1alpha1 rbac/v1beta1 resource/v1
resource/v1alpha3 resource/v1beta1 resource/v1beta2 scheduling/v1 scheduling/v1alpha3
scheduling/v1beta1 storage/v1 storage/v1alpha1 storage/v1beta1 storagemigration/v1
storagemigration/v1beta1`)

// TestCompatAPIDeepcopy regenerates the zz_generated.deepcopy.go files of
// k8s.io/api v0.37.2 with the built binary, in a copy of the module, and
// requires the shipped bytes (case api-deepcopy of shared/COMPAT.md).
func TestCompatAPIDeepcopy(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerates k8s.io/api; skipped with -short")
	}
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/deepcopy-gen")
	api := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	inCase := map[string]bool{}
	args := []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", outputFile, "--lint-rules=known-tags-only,require-explicit-disablement"}
	for _, p := range apiPackages {
		inCase[p] = true
		args = append(args, "./"+p)
	}
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
