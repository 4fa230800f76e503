package prereleaselifecycle_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/prereleaselifecycle"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/prereleaselifecycle")

// goldenCases returns the case directories of testdata/prereleaselifecycle,
// without the error cases.
func goldenCases(t *testing.T) (root string, cases []string) {
	root = goldentest.Root(t)
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "prereleaselifecycle")) {
		if filepath.Base(dir) != "errors" {
			cases = append(cases, dir)
		}
	}
	return root, cases
}

func testArgs(root string) *prereleaselifecycle.Args {
	args := prereleaselifecycle.NewArgs()
	args.OutputFile = outputFile
	args.GoHeaderFile = filepath.Join(root, "testdata", "boilerplate.go.txt")
	return args
}

// TestGolden generates every case in one parse and compares each output
// with the committed golden file; then vets the cases, which compiles them.
func TestGolden(t *testing.T) {
	root, cases := goldenCases(t)
	if len(cases) < 3 {
		t.Fatalf("want at least 3 golden cases, have %d", len(cases))
	}
	byPath := map[string][]byte{}
	for _, f := range generate(t, testArgs(root), cases...) {
		byPath[f.Path] = f.Data
	}
	for _, dir := range cases {
		path := filepath.Join(dir, outputFile)
		got, generated := byPath[path]
		if !generated {
			t.Errorf("%s: nothing was generated", path)
			continue
		}
		goldentest.Compare(t, path, got, *update)
		delete(byPath, path)
	}
	for path := range byPath {
		t.Errorf("unexpected output %s", path)
	}
	goldentest.Vet(t, root, cases...)
}

func generate(t *testing.T, args *prereleaselifecycle.Args, dirs ...string) []run.File {
	t.Helper()
	cmd := prereleaselifecycle.Command(args)
	l, err := load.Packages(dirs, cmd.NameSystems(), cmd.DefaultNameSystem())
	if err != nil {
		t.Fatal(err)
	}
	targets, err := cmd.Targets(l)
	if err != nil {
		t.Fatal(err)
	}
	files, err := run.Execute(l.Context, targets)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestErrors runs each error case through the command line and checks that
// it exits 1, reports exactly the errors its // want comments expect (at
// their file:line:col), and writes nothing.
func TestErrors(t *testing.T) {
	root := goldentest.Root(t)
	cases := goldentest.Cases(t, filepath.Join(root, "testdata", "prereleaselifecycle", "errors"))
	if len(cases) < 6 {
		t.Fatalf("want at least 6 error cases, have %d", len(cases))
	}
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), dir + "/..."}
			args = append(args, goldentest.ExtraArgs(t, dir)...)
			if code := cli.Run(prereleaselifecycle.NewCommand(), args, &stdout, &stderr); code != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
			}
			goldentest.CheckErrors(t, dir, stderr.String())
			if _, err := os.Stat(filepath.Join(dir, outputFile)); err == nil {
				t.Errorf("an error case wrote %s", outputFile)
			}
		})
	}
}
