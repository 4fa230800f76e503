package goldentest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// ErrorCases runs each case under dir (testdata/<generator>/errors)
// through the command line, and checks that it exits 1, reports exactly
// the errors its // want comments expect, at their file:line:col, and
// writes nothing. args returns the flags of a case (its args.txt is
// added); the case's packages are given as <case>/..., or as ./... from
// inside the case when it is a module of its own (it has a go.mod; it is
// loaded outside the repository's workspace, which does not list it).
func ErrorCases(t *testing.T, dir string, min int, newCommand func() *cli.Spec, args func(out string) []string) {
	t.Helper()
	keepUntouched(t, dir)
	cases := Cases(t, dir)
	if len(cases) < min {
		t.Fatalf("want at least %d error cases in %s, have %d", min, dir, len(cases))
	}
	shared := t.TempDir()
	var together []errorCase
	for _, c := range cases {
		if _, err := os.Stat(filepath.Join(c, "go.mod")); err == nil {
			continue // a module of its own: run alone, from inside it
		}
		ec := errorCase{dir: c, flags: append(args(shared), ExtraArgs(t, c)...)}
		if cli.ReadsPatterns(newCommand()) {
			ec.pattern = c + "/..."
		}
		together = append(together, ec)
	}
	settled := settledTogether(t, together, newCommand, func(string) []string { return entries(shared) })
	for _, c := range cases {
		t.Run(filepath.Base(c), func(t *testing.T) {
			if settled[c] {
				return // checked by the run it shared with the cases of its flags
			}
			runErrorCaseAlone(t, c, newCommand, args)
		})
	}
}

// runErrorCaseAlone is ErrorCases' check of one case, in a run of its own.
func runErrorCaseAlone(t *testing.T, c string, newCommand func() *cli.Spec, args func(out string) []string) {
	t.Helper()
	out := t.TempDir()
	pattern := c + "/..."
	if _, err := os.Stat(filepath.Join(c, "go.mod")); err == nil {
		t.Chdir(c)
		t.Setenv("GOWORK", "off")
		pattern = "./..."
	}
	argv := append(args(out), ExtraArgs(t, c)...)
	if cmd := newCommand(); cli.ReadsPatterns(cmd) {
		argv = append(argv, pattern)
	}
	RunErrorCase(t, c, newCommand(), argv)
	if written := entries(out); len(written) > 0 {
		t.Errorf("an error case wrote into the output directory: %v", written)
	}
}

// entries returns the paths of what directory dir holds.
func entries(dir string) []string {
	list, _ := os.ReadDir(dir)
	out := make([]string, len(list))
	for i, e := range list {
		out[i] = filepath.Join(dir, e.Name())
	}
	return out
}

// RunErrorCase runs g with argv as the command line would and checks
// that it exits 1 and reports exactly the errors the // want comments
// under dir expect, at their file:line:col.
func RunErrorCase(t *testing.T, dir string, g *cli.Spec, argv []string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := cli.Run(g, argv, &stdout, &stderr); code != 1 {
		t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
	}
	CheckErrors(t, dir, stderr.String())
}
