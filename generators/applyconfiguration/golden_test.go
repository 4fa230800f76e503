package applyconfiguration_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
)

var update = flag.Bool("update", false, "rewrite the golden trees under testdata/applyconfiguration")

const module = "github.com/gengokit/gengokit"

// TestGolden generates every case of testdata/applyconfiguration into
// memory and compares the tree with the case's want/; then vets want/,
// which compiles it.
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	dir := filepath.Join(goldentest.Root(t), "testdata", "applyconfiguration")
	goldentest.TreeCases(t, dir, applyconfiguration.Name, module, generate, *update)
}

func generate(args []string) ([]run.File, error) {
	return cli.Generate(applyconfiguration.NewCommand(), args)
}

// TestErrors checks the error cases of testdata/applyconfiguration/errors.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldentest.ErrorCases(t, filepath.Join(root, "testdata", "applyconfiguration", "errors"), 2,
		func() *cli.Spec { return applyconfiguration.NewCommand() },
		func(out string) []string { return errorArgs(root, out) })
}

func errorArgs(root, out string) []string {
	return []string{"--output-dir", out, "--output-pkg", "example.com/applyconfigurations",
		"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
}
