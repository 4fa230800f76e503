package lister_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/lister"
)

var update = flag.Bool("update", false, "rewrite the golden trees under testdata/lister")

const module = "github.com/gengokit/gengokit"

// TestGolden generates every case of testdata/lister into memory and compares
// the tree with the case's want/; then vets want/, which compiles it.
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	dir := filepath.Join(goldentest.Root(t), "testdata", "lister")
	goldentest.TreeCases(t, dir, lister.Name, module, generate, *update)
}

func generate(args []string) ([]run.File, error) {
	return cli.Generate(lister.NewCommand(), args)
}

// TestErrors checks the error cases of testdata/lister/errors.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldentest.ErrorCases(t, filepath.Join(root, "testdata", "lister", "errors"), 2,
		func() *cli.Spec { return lister.NewCommand() },
		func(out string) []string { return errorArgs(root, out) })
}

func errorArgs(root, out string) []string {
	return []string{"--output-dir", out, "--output-pkg", "example.com/listers",
		"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
}
