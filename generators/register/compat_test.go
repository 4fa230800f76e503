package register_test

import (
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// outputTests is the one register-gen output k8s.io/code-generator v0.37.2
// ships: cmd/register-gen/output_tests/simpletype/v1, generated with the
// arguments of output_tests/generate.go (the module's zip has no
// examples/hack/boilerplate.go.txt; ours has the same text).
func outputTests(root string) goldentest.Case {
	return goldentest.Case{
		Module: "k8s.io/code-generator", Version: "v0.37.2",
		Command: "./cmd/register-gen", Generator: "register-gen", Dir: "cmd/register-gen/output_tests", Files: 1,
		Args: func(string) []string {
			return []string{"--output-file", "zz_generated.register.go", "--go-header-file=" + filepath.Join(root, "testdata", "boilerplate.go.txt"),
				"k8s.io/code-generator/cmd/register-gen/output_tests/..."}
		},
	}
}

// TestCompatOutputTests regenerates code-generator's own register-gen
// output test and requires the shipped bytes.
func TestCompatOutputTests(t *testing.T) {
	outputTests(goldentest.Root(t)).Run(t)
}
