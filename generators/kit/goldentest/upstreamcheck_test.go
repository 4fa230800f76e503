package goldentest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// recorder is a testing.TB that keeps the errors it is given instead of
// failing the test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// fakeUpstream writes a script that stands for upstream's binary: it
// writes its second argument to out.txt in the directory of its first.
func fakeUpstream(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "fake-gen")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\nprintf '%s\\n' \"$2\" > \"$1/out.txt\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

// fakeRepo makes a repository whose testdata/fake has one case per name,
// each with the golden out.txt "golden".
func fakeRepo(t *testing.T, names ...string) string {
	root := t.TempDir()
	files := map[string]string{"go.mod": "module example.com/fake\n", "go.sum": ""}
	for _, name := range names {
		files[filepath.Join("testdata", "fake", name, "out.txt")] = "golden\n"
	}
	for rel, data := range files {
		path := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestCheckUpstream runs the upstream check with a stand-in for upstream
// that writes the golden in case same and other bytes in the others: a
// difference nobody documented fails, a known one that shows what it
// says passes, a known one that no longer differs or differs otherwise
// fails, and the golden repository is never written to.
func TestCheckUpstream(t *testing.T) {
	root := fakeRepo(t, "same", "changed", "known", "stale", "otherwise")
	writes := map[string]string{"same": "golden", "changed": "other", "known": "other", "stale": "golden", "otherwise": "other"}
	suite := goldentest.Suite{
		Name: "fake",
		Runs: func(t testing.TB, root string, alone func(string) bool) []goldentest.SuiteRun {
			var runs []goldentest.SuiteRun
			for _, dir := range goldentest.Cases(t, filepath.Join(root, "testdata", "fake")) {
				runs = append(runs, goldentest.SuiteRun{Cases: []string{dir}, Args: []string{dir, writes[filepath.Base(dir)]}})
			}
			return runs
		},
		IsOutput: func(rel string, _ []byte) bool { return rel == "out.txt" },
	}
	known := map[string]goldentest.Known{
		"known":     {Reason: "documented", Shows: "+other"},
		"stale":     {Reason: "no longer true", Shows: "+other"},
		"otherwise": {Reason: "documented", Shows: "+something else"},
	}
	r := &recorder{TB: t}
	tally := goldentest.CheckUpstream(r, root, fakeUpstream(t), suite, known)
	if want := (goldentest.UpstreamTally{Cases: 5, Identical: 1, Known: 1, Files: 5}); tally != want {
		t.Errorf("tally %+v, want %+v", tally, want)
	}
	got := strings.Join(r.errors, "\n")
	for _, want := range []string{"fake/changed: upstream's output is not the golden", "fake/stale: listed as a known difference",
		`fake/otherwise: a known difference (documented), but upstream's run does not show "+something else"`} {
		if !strings.Contains(got, want) {
			t.Errorf("errors do not say %q:\n%s", want, got)
		}
	}
	if len(r.errors) != 3 {
		t.Errorf("%d errors, want 3:\n%s", len(r.errors), got)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "testdata", "fake", "changed", "out.txt")); string(data) != "golden\n" {
		t.Errorf("the repository's golden was written to: %q", data)
	}
}

// TestCheckUpstreamNoGoldens: a suite whose IsOutput matches no golden
// file fails, instead of finding every case identical.
func TestCheckUpstreamNoGoldens(t *testing.T) {
	root := fakeRepo(t, "same")
	suite := goldentest.Suite{
		Name: "fake",
		Runs: func(t testing.TB, root string, _ func(string) bool) []goldentest.SuiteRun {
			dir := filepath.Join(root, "testdata", "fake", "same")
			return []goldentest.SuiteRun{{Cases: []string{dir}, Args: []string{t.TempDir(), "golden"}}}
		},
		IsOutput: func(rel string, _ []byte) bool { return rel == "zz_generated.go" },
	}
	r := &recorder{TB: t}
	goldentest.CheckUpstream(r, root, fakeUpstream(t), suite, nil)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "no golden file in 1 cases") {
		t.Errorf("errors %q, want one saying no golden file was found", r.errors)
	}
}
