package conversion_test

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	return append(flagsOf(t, root, dir), dir+"/...")
}

// flagsOf returns the flags of a case, with its args.txt.
func flagsOf(t *testing.T, root, dir string) []string {
	args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt")}
	return append(args, goldentest.ExtraArgs(t, dir)...)
}

// runs groups the cases that take the same flags into one run each (one
// load of the packages instead of one per case), in a stable order.
func runs(t *testing.T, root string, cases []string) [][]string {
	byFlags := map[string][]string{}
	var order []string
	for _, dir := range cases {
		key := strings.Join(goldentest.ExtraArgs(t, dir), " ")
		if _, ok := byFlags[key]; !ok {
			order = append(order, key)
		}
		byFlags[key] = append(byFlags[key], dir)
	}
	out := make([][]string, 0, len(order))
	for _, key := range order {
		out = append(out, byFlags[key])
	}
	return out
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

// TestGolden generates every case (the cases with the same args.txt in one
// run) and compares each file with the committed golden one, which must
// all come back; then vets the cases, which compiles them.
func TestGolden(t *testing.T) {
	root, cases := goldenCases(t)
	if len(cases) < 12 && !*update {
		t.Fatalf("want at least 12 golden cases, have %d", len(cases))
	}
	var got, vet []string
	for _, dirs := range runs(t, root, cases) {
		args := flagsOf(t, root, dirs[0])
		for _, dir := range dirs {
			args = append(args, dir+"/...")
			vet = append(vet, dir+"/...")
		}
		files, err := cli.Generate(conversion.NewCommand(), args)
		if err != nil {
			t.Errorf("%v: %v", dirs, err)
			continue
		}
		for _, f := range files {
			if filepath.Base(f.Path) != outputFile {
				t.Errorf("unexpected output %s", f.Path)
				continue
			}
			goldentest.Compare(t, f.Path, f.Data, *update)
			got = append(got, f.Path)
		}
	}
	for _, dir := range cases {
		want := committed(t, dir)
		if len(want) == 0 && !*update {
			t.Errorf("%s: no golden file", dir)
		}
		for _, path := range want {
			if !slices.Contains(got, path) && !*update {
				t.Errorf("%s is committed but no longer generated", path)
			}
		}
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

// TestMissingPeerDir checks that a peer package named by a flag that does
// not exist fails the run, naming it, and writes nothing.
func TestMissingPeerDir(t *testing.T) {
	root := goldentest.Root(t)
	dir := filepath.Join(root, "testdata", "conversion", "basic")
	args := append([]string{"--extra-peer-dirs", "example.com/nowhere/pkg", "--output-file", "zz_generated.missingpeer.go"}, dir+"/...")
	var stdout, stderr bytes.Buffer
	if code := cli.Run(conversion.NewCommand(), args, &stdout, &stderr); code != 1 {
		t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, "--extra-peer-dirs: a peer package cannot be found") || !strings.Contains(msg, "example.com/nowhere/pkg") {
		t.Errorf("stderr = %q, want the missing peer named", msg)
	}
	if _, err := os.Stat(filepath.Join(dir, "v1", "zz_generated.missingpeer.go")); err == nil {
		t.Error("the run wrote a file")
	}
}
