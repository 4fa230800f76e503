//go:build compat

package goldentest_test

import (
	"bytes"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/validation"
)

// validationFiles is how many files codegen::validation writes in the
// tree: the packages' zz_generated.validations.go (and the output tests'
// test files) and the coverage tests under test/declarative_validation.
const validationFiles = 474

// validationTree runs validation-gen over the tree as its
// hack/update-codegen.sh (codegen::validation) does: every directory of a
// +k8s:-tagged file that says +k8s:validation-gen=, the script's flags,
// every zz_generated.validations.* file deleted first. Each must come back
// byte for byte, and no other.
func validationTree(t *testing.T, tree string, tagged map[string][]byte, skip func(rel string) bool) {
	isOutput := func(rel string, _ []byte) bool {
		return strings.HasPrefix(path.Base(rel), "zz_generated.validations") && !skip(rel)
	}
	want := goldentest.TakeFiles(t, tree, isOutput)
	if len(want) != validationFiles {
		t.Fatalf("the tree ships %d zz_generated.validations.* files, want %d", len(want), validationFiles)
	}
	step := kubeStep{asks: contains("+k8s:validation-gen=")}
	pkgs := step.packages(tagged)
	args := []string{"-v", "1", "--go-header-file", "hack/boilerplate/boilerplate.generatego.txt",
		"--output-file", "zz_generated.validations.go", "--test-output-root", "test/declarative_validation",
		"--test-output-file-prefix", "zz_generated.validations.", "--test-allowlist", "test/declarative_validation/coverage-allowlist.yaml",
		"--lint-rules=known-tags-only,require-explicit-disablement"}
	for _, ro := range []string{"k8s.io/apimachinery/pkg/api/resource", "k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/types", "k8s.io/apimachinery/pkg/util/intstr", "time"} {
		args = append(args, "--readonly-pkg", ro)
	}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := cli.Run(validation.NewCommand(), append(args, pkgs...), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d over %d packages:\n%s", code, len(pkgs), stderr.String())
	}
	took := time.Since(start).Round(time.Second)
	n := goldentest.CompareOutputs(t, tree, want, isOutput)
	if n != validationFiles {
		t.Errorf("%d/%d validation files identical", n, validationFiles)
	}
	t.Logf("validation: %d tagged packages, %d/%d files identical, generated in %s", len(pkgs), n, validationFiles, took)
}
