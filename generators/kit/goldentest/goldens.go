package goldentest

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// Goldens are the cases of an in-place generator (one that writes a file
// into each input package): testdata/<generator>/<case>/ holds the input
// packages and the golden output, testdata/<generator>/errors/<case>/ the
// error cases. A case's args.txt adds flags.
type Goldens struct {
	// Dir is testdata/<generator>.
	Dir string
	// OutputFile is the --output-file every case is generated with.
	OutputFile string
	// Header is the --go-header-file.
	Header string
	// NewCommand returns the generator with upstream's default flags.
	NewCommand func() *cli.Spec
	// MinGolden and MinErrors are how many cases of each kind there must
	// be at least, so that losing some fails the test.
	MinGolden, MinErrors int
	// Recursive generates every package under a golden case (<case>/...),
	// not only the case directory's own: for cases laid out as
	// <case>/<group>/<version>.
	Recursive bool
	// FlatErrors gives an error case to the generator as its directory
	// alone, not <case>/...: its subpackages are then peers or inputs its
	// tags name, not inputs of the run.
	FlatErrors bool
}

// args returns the flags every case is run with, before its packages.
func (g Goldens) args() []string {
	return []string{"--output-file", g.OutputFile, "--go-header-file", g.Header}
}

// cases returns the golden case directories: those under Dir but errors.
func (g Goldens) cases(t testing.TB) []string {
	var out []string
	for _, dir := range Cases(t, g.Dir) {
		if filepath.Base(dir) != "errors" {
			out = append(out, dir)
		}
	}
	return out
}

// Golden generates every case and compares each output file with the
// committed golden; with update it rewrites them. Cases with the same
// args.txt are generated together, in one load. A case whose directory
// has no golden must generate nothing. Then it vets the cases, which
// compiles them. root is the repository root.
func (g Goldens) Golden(t *testing.T, root string, update bool) {
	t.Helper()
	cases := g.cases(t)
	if len(cases) < g.MinGolden {
		t.Fatalf("want at least %d golden cases in %s, have %d", g.MinGolden, g.Dir, len(cases))
	}
	for _, dirs := range g.groups(t, cases) {
		g.generateAndCompare(t, dirs, update)
	}
	Vet(t, root, g.patterns(cases)...)
}

// groups splits the case directories into the runs Golden makes: the
// cases with the same args.txt, in order of first appearance.
func (g Goldens) groups(t testing.TB, cases []string) [][]string {
	byArgs := map[string][]string{}
	var order []string
	for _, dir := range cases {
		key := strings.Join(ExtraArgs(t, dir), " ")
		if _, seen := byArgs[key]; !seen {
			order = append(order, key)
		}
		byArgs[key] = append(byArgs[key], dir)
	}
	out := make([][]string, len(order))
	for i, key := range order {
		out[i] = byArgs[key]
	}
	return out
}

// runArgs returns the command line of one run over the case directories
// dirs, which share an args.txt: the flags every case gets, its args.txt,
// its packages.
func (g Goldens) runArgs(t testing.TB, dirs []string) []string {
	return append(append(g.args(), ExtraArgs(t, dirs[0])...), g.patterns(dirs)...)
}

// patterns returns the package patterns of the case directories: each
// directory, or with Recursive each directory and every package below it.
func (g Goldens) patterns(dirs []string) []string {
	out := make([]string, len(dirs))
	for i, dir := range dirs {
		out[i] = dir
		if g.Recursive {
			out[i] = dir + "/..."
		}
	}
	return out
}

func (g Goldens) generateAndCompare(t *testing.T, dirs []string, update bool) {
	t.Helper()
	files, err := cli.Generate(g.NewCommand(), g.runArgs(t, dirs))
	if err != nil {
		t.Errorf("%v: %v", dirs, err)
		return
	}
	generated := map[string]bool{}
	for _, f := range files {
		generated[f.Path] = true
		Compare(t, f.Path, f.Data, update)
	}
	for _, path := range g.existingOutputs(t, dirs) {
		if !generated[path] {
			t.Errorf("%s: the golden exists but nothing was generated", path)
		}
	}
}

// existingOutputs returns the output files committed under dirs.
func (g Goldens) existingOutputs(t *testing.T, dirs []string) []string {
	var out []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.Name() == g.OutputFile {
				out = append(out, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// Errors runs each error case through the command line and checks that it
// exits 1, reports exactly the errors its // want comments expect (at
// their file:line:col), and writes nothing.
func (g Goldens) Errors(t *testing.T) {
	t.Helper()
	keepUntouched(t, filepath.Join(g.Dir, "errors"))
	cases := Cases(t, filepath.Join(g.Dir, "errors"))
	if len(cases) < g.MinErrors {
		t.Fatalf("want at least %d error cases in %s/errors, have %d", g.MinErrors, g.Dir, len(cases))
	}
	together := make([]errorCase, len(cases))
	for i, dir := range cases {
		together[i] = errorCase{dir: dir, flags: append(g.args(), ExtraArgs(t, dir)...), pattern: g.errorPattern(dir)}
	}
	written := func(dir string) []string { return g.existingOutputs(t, []string{dir}) }
	settled := settledTogether(t, together, g.NewCommand, written)
	for _, c := range together {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			if settled[c.dir] {
				return // checked by the run it shared with the cases of its flags
			}
			RunErrorCase(t, c.dir, g.NewCommand(), append(c.flags, c.pattern))
		})
	}
}

// errorPattern returns the package pattern an error case is run with:
// everything below it, or with FlatErrors its directory alone.
func (g Goldens) errorPattern(dir string) string {
	if g.FlatErrors {
		return dir
	}
	return dir + "/..."
}
