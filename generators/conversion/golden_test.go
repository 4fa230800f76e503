package conversion_test

import (
	"bytes"
	"flag"
	"io/fs"
	"path/filepath"
	"slices"
	"testing"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/conversion")

const outputFile = "zz_generated.conversion.go"

// goldenCases returns the case directories of testdata/conversion, without
// the error cases.
func goldenCases(t *testing.T) (root string, cases []string) {
	root = goldentest.Root(t)
	for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "conversion")) {
		if filepath.Base(dir) != "errors" {
			cases = append(cases, dir)
		}
	}
	return root, cases
}

// caseArgs returns the flags of a case (with its args.txt) and its
// packages, every package below its directory.
func caseArgs(t *testing.T, root, dir string) []string {
	args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
	return append(append(args, goldentest.ExtraArgs(t, dir)...), dir+"/...")
}

// committed returns the golden files below dir.
func committed(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == outputFile {
			out = append(out, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGolden generates every case (with the flags of its args.txt) and
// compares each file with the committed golden one, which must all come
// back; then vets the cases, which compiles them.
func TestGolden(t *testing.T) {
	root, cases := goldenCases(t)
	if len(cases) < 12 && !*update {
		t.Fatalf("want at least 12 golden cases, have %d", len(cases))
	}
	var vet []string
	for _, dir := range cases {
		files, err := cli.Generate(conversion.NewCommand(), caseArgs(t, root, dir))
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		var got []string
		for _, f := range files {
			if filepath.Base(f.Path) != outputFile {
				t.Errorf("unexpected output %s", f.Path)
				continue
			}
			goldentest.Compare(t, f.Path, f.Data, *update)
			got = append(got, f.Path)
		}
		if len(files) == 0 {
			t.Errorf("%s: nothing generated", dir)
		}
		for _, path := range committed(t, dir) {
			if !slices.Contains(got, path) && !*update {
				t.Errorf("%s is committed but no longer generated", path)
			}
		}
		vet = append(vet, dir+"/...")
	}
	goldentest.Vet(t, root, vet...)
}

// TestErrors runs each error case through the command line and checks that
// it exits 1, reports exactly the errors its // want comments expect (at
// their file:line:col), and writes nothing.
func TestErrors(t *testing.T) {
	root := goldentest.Root(t)
	cases := goldentest.Cases(t, filepath.Join(root, "testdata", "conversion", "errors"))
	if len(cases) < 5 {
		t.Fatalf("want at least 5 error cases, have %d", len(cases))
	}
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := cli.Run(conversion.NewCommand(), caseArgs(t, root, dir), &stdout, &stderr); code != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
			}
			goldentest.CheckErrors(t, dir, stderr.String())
			if files := committed(t, dir); len(files) > 0 {
				t.Errorf("an error case wrote %v", files)
			}
		})
	}
}
