package validation_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// outputTestsDir is where code-generator keeps validation-gen's output
// tests, relative to the module's root.
const outputTestsDir = "cmd/validation-gen/output_tests"

// outputTestArgs are the flags of case codegen-validation, before its
// packages.
func outputTestArgs(root string) []string {
	return []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", "zz_generated.validations.go", "--lint-rules=known-tags-only,require-explicit-disablement",
		"--readonly-pkg", "k8s.io/apimachinery/pkg/api/resource", "--readonly-pkg", "k8s.io/apimachinery/pkg/runtime",
		"--readonly-pkg", "k8s.io/apimachinery/pkg/types", "--readonly-pkg", "k8s.io/apimachinery/pkg/util/intstr",
		"--readonly-pkg", "time"}
}

// outputTestDirs lists code-generator's validation-gen output test
// packages, relative to the module's root.
func outputTestDirs(b *testing.B) []string {
	root := filepath.Join(goldentest.ModuleDir(b, "k8s.io/code-generator", "v0.37.2"), outputTestsDir)
	var dirs []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == "zz_generated.validations.go" {
			rel, _ := filepath.Rel(filepath.Dir(root), filepath.Dir(p))
			dirs = append(dirs, filepath.ToSlash(filepath.Join(filepath.Dir(outputTestsDir), rel)))
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return dirs
}

// BenchmarkVsUpstream times our validation-gen against upstream's v0.37.2
// on code-generator's 153 output test packages (case codegen-validation),
// 5 alternating rounds each, and requires the same files (make bench).
func BenchmarkVsUpstream(b *testing.B) {
	dirs := outputTestDirs(b)
	goldentest.InPlace{
		Label: "validation-gen output tests (153 pkgs)", Command: "./cmd/validation-gen",
		Upstream: "k8s.io/code-generator/cmd/validation-gen@v0.37.2", Module: "k8s.io/code-generator", Version: "v0.37.2",
		Packages: dirs, OutputFile: "zz_generated.validations.go", Identical: true,
		Args: func(string) []string { return append(outputTestArgs(goldentest.Root(b)), dotSlash(dirs)...) },
	}.Bench(b, 5)
}

// apiValidationPackages are the packages of k8s.io/api v0.37.2 that say
// +k8s:validation-gen=, and apimachinery's meta/v1/validation, which
// validates meta/v1's types (ObjectMeta, Condition) for them, from a copy
// of apimachinery the module is pointed at, as the kubernetes tree has it.
var apiValidationPackages = []string{"extensions/v1beta1", "resource/v1", "scheduling/v1alpha3", apimachineryCopy + "/pkg/apis/meta/v1/validation"}

// apimachineryCopy is where the benchmark's copy of k8s.io/api holds
// apimachinery's.
const apimachineryCopy = "apimachinery"

// BenchmarkVsUpstreamAPI times both on k8s.io/api's tagged packages with
// Kubernetes' read-only packages, apimachinery's meta/v1/validation among
// the inputs as in the kubernetes tree, and requires the same files.
func BenchmarkVsUpstreamAPI(b *testing.B) {
	goldentest.InPlace{
		Label: "validation-gen k8s.io/api (3 pkgs + meta/v1/validation)", Command: "./cmd/validation-gen",
		Upstream: "k8s.io/code-generator/cmd/validation-gen@v0.37.2", Module: "k8s.io/api", Version: "v0.37.2",
		Packages: apiValidationPackages, OutputFile: "zz_generated.validations.go", Identical: true,
		Setup: func(b *testing.B, mod string) {
			goldentest.CopyModuleTo(b, "k8s.io/apimachinery", "v0.37.2", filepath.Join(mod, apimachineryCopy))
			if out, err := goldentest.RunIn(mod, "go", "mod", "edit", "-replace", "k8s.io/apimachinery=./"+apimachineryCopy); err != nil {
				b.Fatalf("go mod edit: %v\n%s", err, out)
			}
		},
		Args: func(string) []string {
			args := []string{"--go-header-file", filepath.Join(goldentest.Root(b), "testdata", "boilerplate.go.txt"),
				"--output-file", "zz_generated.validations.go"}
			for _, ro := range []string{"k8s.io/apimachinery/pkg/api/resource", "k8s.io/apimachinery/pkg/runtime",
				"k8s.io/apimachinery/pkg/types", "k8s.io/apimachinery/pkg/util/intstr", "time"} {
				args = append(args, "--readonly-pkg", ro)
			}
			return append(args, "./extensions/v1beta1", "./resource/v1", "./scheduling/v1alpha3", "k8s.io/apimachinery/pkg/apis/meta/v1/validation")
		},
	}.Bench(b, 5)
}

func dotSlash(dirs []string) []string {
	out := make([]string, len(dirs))
	for i, d := range dirs {
		out[i] = "./" + strings.TrimPrefix(d, "./")
	}
	return out
}
