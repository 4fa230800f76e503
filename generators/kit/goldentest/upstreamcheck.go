package goldentest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/internal/udiff"
)

// CopyRepo copies what the golden cases need of the repository at root
// (go.mod, go.sum, testdata/) into a fresh temporary directory, which it
// returns: upstream's binaries run there, never in the repository.
func CopyRepo(t testing.TB, root string) string {
	t.Helper()
	dst := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum", "testdata"} {
		if err := copyTree(filepath.Join(root, name), filepath.Join(dst, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// copyTree copies the file or directory src to dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(path, target)
	})
}

// UpstreamTally counts a suite's cases by what upstream's binary did.
type UpstreamTally struct {
	// Cases is how many golden cases ran; Identical how many came back
	// byte for byte; Known how many differ as their known difference says.
	Cases, Identical, Known int
	// Files is how many golden files the cases have.
	Files int
}

// Known is a deliberate difference README lists, as a golden case shows
// it.
type Known struct {
	// Reason is README's difference, in short.
	Reason string
	// Shows is what upstream's run must say or write for the case (a
	// substring of its output or of the diff to the goldens), so that the
	// case differs for the documented reason and no other.
	Shows string
}

// CheckUpstream runs upstream's binary bin over every golden case of s,
// in a copy of the repository at root, with the command lines of the
// golden test, and requires each case's committed outputs to be what
// upstream writes, byte for byte, and nothing more. known maps a case's
// name to the deliberate difference its output shows: such a case runs
// alone and must differ as Shows says, so that a stale entry fails too.
func CheckUpstream(t testing.TB, root, bin string, s Suite, known map[string]Known) UpstreamTally {
	t.Helper()
	copied := CopyRepo(t, root)
	alone := func(dir string) bool { _, ok := known[filepath.Base(dir)]; return ok }
	var tally UpstreamTally
	for _, run := range s.Runs(t, copied, alone) {
		problems, files := upstreamRun(t, copied, bin, s, run)
		tally.Files += files
		for _, name := range sortedNames(problems) {
			problem := problems[name]
			tally.Cases++
			k, isKnown := known[name]
			switch {
			case isKnown && problem == "":
				t.Errorf("%s/%s: listed as a known difference (%s), but upstream writes the goldens: remove it from the list", s.Name, name, k.Reason)
			case isKnown && !strings.Contains(problem, k.Shows):
				t.Errorf("%s/%s: a known difference (%s), but upstream's run does not show %q:\n%s", s.Name, name, k.Reason, k.Shows, problem)
			case isKnown:
				tally.Known++
				t.Logf("%s/%s: differs from upstream as documented (%s)", s.Name, name, k.Reason)
			case problem == "":
				tally.Identical++
			default:
				t.Errorf("%s/%s: upstream's output is not the golden:\n%s", s.Name, name, problem)
			}
		}
	}
	for name := range known {
		if _, err := os.Stat(filepath.Join(copied, "testdata", s.Name, name)); err != nil {
			t.Errorf("%s/%s: known difference of a case that does not exist", s.Name, name)
		}
	}
	if tally.Files == 0 {
		t.Errorf("%s: no golden file in %d cases: the suite's IsOutput matches none", s.Name, tally.Cases)
	}
	t.Logf("%s: %d/%d golden cases (%d files) identical to upstream, %d known (documented) differences", s.Name, tally.Identical, tally.Cases, tally.Files, tally.Known)
	return tally
}

// upstreamRun takes the outputs out of the run's cases, runs bin, and
// returns each case's problem by case name ("" when upstream wrote exactly
// its goldens) and how many goldens the cases have.
func upstreamRun(t testing.TB, copied, bin string, s Suite, run SuiteRun) (map[string]string, int) {
	t.Helper()
	want, files := map[string]map[string][]byte{}, 0
	for _, dir := range run.Cases {
		want[dir] = TakeFiles(t, dir, s.IsOutput)
		files += len(want[dir])
	}
	// The golden tests run in their package's directory, which args.txt's
	// relative paths (../../testdata/...) start from.
	cwd := filepath.Join(copied, "generators", s.Name)
	if err := os.MkdirAll(cwd, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := RunIn(cwd, bin, run.Args...)
	problems := map[string]string{}
	for _, dir := range run.Cases {
		name := filepath.Base(dir)
		if err != nil {
			problems[name] = fmt.Sprintf("upstream exits: %v\n%s", err, lastLines(out, 20))
			continue
		}
		problems[name] = compareCase(t, dir, want[dir], s.IsOutput)
	}
	return problems, files
}

// compareCase compares what a run left in the case directory dir with its
// goldens (by path relative to dir) and describes the differences: the
// goldens not written, the first that differs as a unified diff, the
// outputs no golden expects. It returns "" when there is none.
func compareCase(t testing.TB, dir string, want map[string][]byte, isOutput func(string, []byte) bool) string {
	var b strings.Builder
	diffs := 0
	for _, rel := range sortedPaths(want) {
		got, err := os.ReadFile(filepath.Join(dir, rel))
		switch {
		case err != nil:
			fmt.Fprintf(&b, "%s: the golden exists, upstream does not write it\n", rel)
		case bytes.Equal(got, want[rel]):
		case diffs == 0:
			diffs++
			fmt.Fprintf(&b, "%s differs:\n%s", rel, udiff.Unified("golden/"+rel, "upstream/"+rel, want[rel], got))
		default:
			fmt.Fprintf(&b, "%s differs\n", rel)
		}
	}
	extra := TakeFiles(t, dir, func(rel string, data []byte) bool { _, ok := want[rel]; return !ok && isOutput(rel, data) })
	for _, rel := range sortedPaths(extra) {
		fmt.Fprintf(&b, "%s: upstream writes it, no golden expects it\n", rel)
	}
	return b.String()
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func sortedNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
