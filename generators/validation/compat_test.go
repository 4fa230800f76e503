//go:build compat

package validation_test

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestCompatValidationOutputTests regenerates code-generator v0.37.2's
// validation-gen output tests (case codegen-validation, in the module
// alone: its packages import nothing of the kubernetes tree) and requires
// all 188 files byte for byte; then runs the packages' own tests (the
// fixtures of testdata/, the coverage assertions and the hand-written
// tests beside them) against the generated code.
func TestCompatValidationOutputTests(t *testing.T) {
	bin := goldentest.Build(t, goldentest.Root(t), "./cmd/validation-gen")
	mod := goldentest.CopyModule(t, "k8s.io/code-generator", "v0.37.2")
	isOutput := func(rel string, _ []byte) bool {
		return strings.HasPrefix(rel, outputTestsDir+"/") && strings.HasPrefix(path.Base(rel), "zz_generated.validations")
	}
	want := goldentest.TakeFiles(t, mod, isOutput)
	if len(want) != 188 {
		t.Fatalf("found %d reference files, want 188", len(want))
	}
	pkgs := outputTestPackages(want)
	if out, err := goldentest.RunIn(mod, bin, append(outputTestArgs(goldentest.Root(t)), pkgs...)...); err != nil {
		t.Fatalf("validation-gen: %v\n%s", err, out)
	}
	if n := goldentest.CompareOutputs(t, mod, want, isOutput); n != len(want) {
		t.Fatalf("%d/%d files identical", n, len(want))
	}
	runPackageTests(t, mod, pkgs)
}

// outputTestPackages returns the packages of the reference files.
func outputTestPackages(want map[string][]byte) []string {
	var pkgs []string
	for rel := range want {
		if p := "./" + path.Dir(rel); !slices.Contains(pkgs, p) {
			pkgs = append(pkgs, p)
		}
	}
	slices.Sort(pkgs)
	return pkgs
}

// runPackageTests runs go test over the accepted packages, whose tests
// check the generated validators' behaviour.
func runPackageTests(t *testing.T, mod string, pkgs []string) {
	t.Helper()
	cmd := exec.Command("go", append([]string{"test", "-count=1"}, pkgs...)...)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("go test of the generated packages: %v\n%s", err, out.String())
	}
	t.Logf("go test passed in %d packages", len(pkgs))
}
