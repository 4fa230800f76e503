package conversion_test

import (
	"path/filepath"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// apimachineryPackages are the packages of case apimachinery-conversion.
var apimachineryPackages = []string{"./pkg/apis/meta/internalversion", "./pkg/apis/meta/v1", "./pkg/apis/testapigroup/v1"}

// apimachineryConversion is case apimachinery-conversion of
// shared/COMPAT.md, with the arguments of apimachinery's update-codegen.sh.
func apimachineryConversion(root string) goldentest.Case {
	return goldentest.Case{
		Module: "k8s.io/apimachinery", Version: "v0.37.2",
		Command: "./cmd/conversion-gen", Generator: "conversion-gen", Dir: "pkg", Files: 3,
		Args: func(string) []string {
			args := []string{"-v", "1", "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
				"--output-file", "zz_generated.conversion.go", "--lint-rules=known-tags-only,require-explicit-disablement",
				"--extra-peer-dirs", "k8s.io/api/core/v1"}
			return append(args, apimachineryPackages...)
		},
	}
}
