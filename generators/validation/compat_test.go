//go:build compat

package validation_test

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// outputTestsDir is where code-generator keeps validation-gen's output
// tests, relative to the module's root.
const outputTestsDir = "cmd/validation-gen/output_tests"

// identicalOutputTests is how many of the 188 files of case
// codegen-validation (shared/COMPAT.md) the generator reproduces today;
// the packages it still refuses (a tag it does not support yet, each a
// positioned error) are left out of the run and listed in the log.
const identicalOutputTests = 183

// outputTestArgs are the flags of case codegen-validation, before its
// packages.
func outputTestArgs(root string) []string {
	return []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", "zz_generated.validations.go", "--lint-rules=known-tags-only,require-explicit-disablement",
		"--readonly-pkg", "k8s.io/apimachinery/pkg/api/resource", "--readonly-pkg", "k8s.io/apimachinery/pkg/runtime",
		"--readonly-pkg", "k8s.io/apimachinery/pkg/types", "--readonly-pkg", "k8s.io/apimachinery/pkg/util/intstr",
		"--readonly-pkg", "time"}
}

// TestCompatValidationOutputTests regenerates code-generator v0.37.2's
// validation-gen output tests (case codegen-validation, in the module
// alone: its packages import nothing of the kubernetes tree) and requires
// every file of each package the generator accepts to come back byte for
// byte, at least identicalOutputTests of them; then runs the packages'
// own tests (the fixtures of testdata/ and the hand-written tests beside
// them) against the generated code.
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
	accepted, refused := generateAccepted(t, mod, bin, outputTestArgs(goldentest.Root(t)), pkgs)
	for _, r := range refused {
		t.Logf("refused: %s", r)
	}
	for rel := range want {
		if !slices.Contains(accepted, "./"+path.Dir(rel)) {
			delete(want, rel)
		}
	}
	n := goldentest.CompareOutputs(t, mod, want, isOutput)
	t.Logf("%d/188 files identical; %d of %d packages accepted", n, len(accepted), len(pkgs))
	if n < identicalOutputTests {
		t.Errorf("%d files identical, want at least %d", n, identicalOutputTests)
	}
	runPackageTests(t, mod, accepted)
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

// refusal finds the package of a positioned error.
var refusal = regexp.MustCompile(`(?m)^(` + regexp.QuoteMeta(outputTestsDir) + `/\S+?)/[^/:]+\.go:\d+:\d+: `)

// generateAccepted runs the generator over pkgs, leaving out, run after
// run, the packages it refuses; it returns the packages of the run that
// succeeded and the errors of the others.
func generateAccepted(t *testing.T, mod, bin string, args, pkgs []string) (accepted, refused []string) {
	t.Helper()
	for range 8 {
		out, err := goldentest.RunIn(mod, bin, append(slices.Clone(args), pkgs...)...)
		if err == nil {
			return pkgs, refused
		}
		bad := refusal.FindAllStringSubmatch(out, -1)
		if len(bad) == 0 {
			t.Fatalf("validation-gen failed with no positioned error: %v\n%s", err, out)
		}
		for _, m := range bad {
			pkgs = slices.DeleteFunc(pkgs, func(p string) bool { return p == "./"+m[1] })
		}
		refused = append(refused, strings.Split(strings.TrimSpace(out), "\n")...)
	}
	t.Fatal("validation-gen still refuses packages after 8 runs")
	return nil, nil
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
