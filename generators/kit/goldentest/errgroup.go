package goldentest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
)

// Error cases are checked in as few loads as possible: the cases that
// share their flags (their args.txt) are first run together, in one run
// over all their packages, since loading their dependencies is what a run
// costs. A case whose errors that run reports exactly as its // want
// comments expect, at its own files, and under which it wrote nothing, is
// checked; every other case (one whose errors another case's hide, as a
// type error hides the rest of a run) is then run alone, as before.

// errorCase is one error case: its directory, and the command line it is
// run alone with.
type errorCase struct {
	dir     string
	flags   []string // the flags, its args.txt included
	pattern string   // its packages; none for a command that takes none
}

// settledTogether runs the cases that share flags (more than one) once
// per group and returns the directories of the cases the shared runs
// checked completely. written lists the output files found under a
// case's directory; anything a shared run wrote there is removed and the
// case left to its own run.
func settledTogether(t *testing.T, cases []errorCase, newCommand func() *cli.Spec, written func(dir string) []string) map[string]bool {
	t.Helper()
	groups := map[string][]errorCase{}
	var order []string
	for _, c := range cases {
		key := strings.Join(c.flags, "\x00")
		if _, seen := groups[key]; !seen {
			order = append(order, key)
		}
		groups[key] = append(groups[key], c)
	}
	settled := map[string]bool{}
	for _, key := range order {
		// The cases a run said nothing about may have been hidden by
		// another case's errors: they are tried together again, without
		// the cases that spoke.
		for group := groups[key]; len(group) > 1; {
			silent := settleGroup(t, group, newCommand, written, settled)
			if len(silent) == len(group) {
				break
			}
			group = silent
		}
	}
	return settled
}

// settleGroup runs one group of cases in one run, marks in settled the
// cases it checked completely, and returns those it reported nothing
// about (and which wrote nothing).
func settleGroup(t *testing.T, group []errorCase, newCommand func() *cli.Spec, written func(dir string) []string, settled map[string]bool) (silent []errorCase) {
	t.Helper()
	argv := append([]string(nil), group[0].flags...)
	dirs := make([]string, len(group))
	for i, c := range group {
		if c.pattern != "" {
			argv = append(argv, c.pattern)
		}
		dirs[i] = c.dir
	}
	var stdout, stderr bytes.Buffer
	code := cli.Run(newCommand(), argv, &stdout, &stderr)
	parts, ok := splitByCase(t, stderr.String(), dirs)
	// What a case wrote is looked at for every case before any is removed:
	// ErrorCases' cases share one output directory.
	wrote := map[string][]string{}
	for _, c := range group {
		wrote[c.dir] = written(c.dir)
	}
	for _, c := range group {
		if out := wrote[c.dir]; len(out) > 0 {
			for _, path := range out {
				_ = os.RemoveAll(path)
			}
			continue
		}
		switch {
		case code != 1 || !ok:
		case parts[c.dir] == "":
			silent = append(silent, c)
		case len(errorMismatches(Wants(t, c.dir), parts[c.dir])) == 0:
			settled[c.dir] = true
		}
	}
	return silent
}

// splitByCase gives each case directory the error lines of stderr about
// its files. It fails (false) when a positioned error names a file of no
// case; lines that are not positioned errors (klog's records aside) go to
// every case, whose check then reports them.
func splitByCase(t *testing.T, stderr string, dirs []string) (map[string]string, bool) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if l == "" || klogRecord.MatchString(l) {
			continue
		}
		m := reportLine.FindStringSubmatch(l)
		if m == nil {
			for _, dir := range dirs {
				parts[dir] += l + "\n"
			}
			continue
		}
		dir := caseOf(absolute(wd, m[1]), dirs)
		if dir == "" {
			return nil, false
		}
		parts[dir] += l + "\n"
	}
	return parts, true
}

// absolute returns path, made absolute against wd when relative.
func absolute(wd, path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(wd, path)
}

// caseOf returns the case directory path lies in, or "".
func caseOf(path string, dirs []string) string {
	for _, dir := range dirs {
		if strings.HasPrefix(path, filepath.Clean(dir)+string(filepath.Separator)) {
			return dir
		}
	}
	return ""
}
