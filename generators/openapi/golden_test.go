package openapi_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

// modelNameFile is the --output-model-name-file the cases are run with.
const modelNameFile = "zz_generated.model_name.go"

var update = flag.Bool("update", false, "rewrite the golden files under testdata/openapi")

// caseArgs returns the flags a golden case of testdata/openapi is
// generated with (goldentest's, which the upstream check uses too).
func caseArgs(t testing.TB, root, dir string) []string {
	return goldentest.OpenAPICaseArgs(t, root, dir)
}

// goldenCases returns the golden case directories of testdata/openapi.
func goldenCases(t testing.TB, root string) []string {
	out := goldentest.OpenAPICases(t, root)
	if len(out) < 10 {
		t.Fatalf("want at least 10 golden cases, have %d", len(out))
	}
	return out
}

// TestGolden generates every case of testdata/openapi in memory and
// compares each file (definitions, model names, report) with the
// committed one; a committed output the run no longer writes fails. Then
// it vets the cases, which compiles them.
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	cases := goldenCases(t, root)
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			args := append(caseArgs(t, root, dir), dir+"/api/...")
			files, err := cli.Generate(openapi.NewCommand(), args)
			if err != nil {
				t.Fatal(err)
			}
			generated := map[string]bool{}
			for _, f := range files {
				generated[f.Path] = true
				goldentest.Compare(t, f.Path, f.Data, *update)
			}
			for _, path := range committedOutputs(t, dir) {
				if !generated[path] {
					t.Errorf("%s: committed, but no longer generated", path)
				}
			}
		})
	}
	var patterns []string
	for _, dir := range cases {
		patterns = append(patterns, dir+"/...")
	}
	goldentest.Vet(t, root, patterns...)
}

// committedOutputs returns the generated files committed under dir.
func committedOutputs(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.Name() == modelNameFile || d.Name() == "zz_generated.openapi.go" || d.Name() == "api_violations.report":
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestErrors runs each case of testdata/openapi/errors through the
// command line: exit 1, the errors its // want comments expect at their
// file:line:col, nothing written.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldentest.ErrorCases(t, filepath.Join(root, "testdata", "openapi", "errors"), 6,
		func() *cli.Spec { return openapi.NewCommand() },
		func(out string) []string {
			return []string{"--output-dir", out, "--output-pkg", "example.com/openapi", "--output-file", "zz_generated.openapi.go",
				"--output-model-name-file", modelNameFile, "--report-filename", filepath.Join(out, "report"),
				"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
		})
}
