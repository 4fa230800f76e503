package defaulter_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/defaulter")

const outputFile = "zz_generated.defaults.go"

// goldenCases returns the case directories of testdata/defaulter, without
// the error cases.
func goldenCases(t *testing.T) (root string, cases []string) {
	root = goldentest.Root(t)
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "defaulter")) {
		if filepath.Base(dir) != "errors" {
			cases = append(cases, dir)
		}
	}
	return root, cases
}

func caseArgs(t *testing.T, root, dir string) []string {
	args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), dir}
	return append(args, goldentest.ExtraArgs(t, dir)...)
}

// TestGolden generates every case (with the flags of its args.txt) and
// compares the output with the committed golden file; then vets the
// cases, which compiles them.
func TestGolden(t *testing.T) {
	root, cases := goldenCases(t)
	if len(cases) < 8 {
		t.Fatalf("want at least 8 golden cases, have %d", len(cases))
	}
	for _, dir := range cases {
		files, err := cli.Generate(defaulter.NewCommand(), caseArgs(t, root, dir))
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		path := filepath.Join(dir, outputFile)
		for _, f := range files {
			if f.Path != path {
				t.Errorf("unexpected output %s", f.Path)
				continue
			}
			goldentest.Compare(t, path, f.Data, *update)
		}
		if len(files) == 0 {
			t.Errorf("%s: nothing generated", dir)
		}
	}
	goldentest.Vet(t, root, cases...)
}

// TestErrors runs each error case through the command line and checks that
// it exits 1, reports exactly the errors its // want comments expect (at
// their file:line:col), and writes nothing.
func TestErrors(t *testing.T) {
	root := goldentest.Root(t)
	cases := goldentest.Cases(t, filepath.Join(root, "testdata", "defaulter", "errors"))
	if len(cases) < 3 {
		t.Fatalf("want at least 3 error cases, have %d", len(cases))
	}
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := cli.Run(defaulter.NewCommand(), caseArgs(t, root, dir), &stdout, &stderr); code != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
			}
			goldentest.CheckErrors(t, dir, stderr.String())
			if _, err := os.Stat(filepath.Join(dir, outputFile)); err == nil {
				t.Errorf("an error case wrote %s", outputFile)
			}
		})
	}
}
