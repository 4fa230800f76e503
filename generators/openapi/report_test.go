package openapi_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

// runExtensions runs openapi-gen over golden case extensions (which
// breaks API rules on purpose), writing into out, with more flags.
func runExtensions(t *testing.T, out string, more ...string) (int, string, string) {
	t.Helper()
	root := goldentest.Root(t)
	args := append([]string{"--output-dir", filepath.Join(out, "openapi"), "--output-pkg", "example.com/openapi"}, more...)
	args = append(args, filepath.Join(root, "testdata", "openapi", "extensions", "api")+"/...")
	var stdout, stderr bytes.Buffer
	code := cli.Run(openapi.NewCommand(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestReport checks where the API rule report goes: a file (its directory
// made), standard output for "-", a device in place; --verify-only
// reports a stale report; the violations never fail the run.
func TestReport(t *testing.T) {
	goldentest.Loads(t)
	want, err := os.ReadFile(filepath.Join(goldentest.Root(t), "testdata", "openapi", "extensions", "api_violations.report"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	report := filepath.Join(out, "rules", "violations.list")
	if code, _, stderr := runExtensions(t, out, "-r", report); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, err := os.ReadFile(report); err != nil || !bytes.Equal(got, want) {
		t.Errorf("report %q, %v; want %q", got, err, want)
	}
	if code, stdout, _ := runExtensions(t, out, "-r", report, "--verify-only"); code != 0 || stdout != "" {
		t.Errorf("--verify-only on a current tree: exit %d, diff %q", code, stdout)
	}
	if err := os.WriteFile(report, []byte("stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runExtensions(t, out, "-r", report, "--verify-only"); code != 1 || !strings.Contains(stdout, "-stale") {
		t.Errorf("--verify-only on a stale report: exit %d, diff %q", code, stdout)
	}
	if code, printed := withStdout(t, func() int { code, _, _ := runExtensions(t, out, "-r", "-"); return code }); code != 0 || printed != string(want) {
		t.Errorf("-r -: exit %d, standard output %q", code, printed)
	}
	if code, _, stderr := runExtensions(t, out, "-r", os.DevNull); code != 0 {
		t.Errorf("-r %s: exit %d: %s", os.DevNull, code, stderr)
	}
}

// withStdout runs f with os.Stdout going to a pipe (the report of "-r -"
// goes to the process's standard output) and returns what f printed.
func withStdout(t *testing.T, f func() int) (int, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	code := f()
	os.Stdout = saved
	w.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return code, string(data)
}

// TestFailOnViolations checks our --fail-on-violations: exit 1, each
// violation an error at its field, nothing written.
func TestFailOnViolations(t *testing.T) {
	out := t.TempDir()
	report := filepath.Join(out, "violations.list")
	code, _, stderr := runExtensions(t, out, "-r", report, "--fail-on-violations")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{
		`extensions/api/v1/types.go:15:2: API rule names_match: field Bad_Name of Tagged: the JSON name must be the Go name`,
		`extensions/api/v1/types.go:19:2: API rule omitempty_match_case: field Case of Tagged`,
		`extensions/api/v1/types.go:26:2: API rule streaming_list_type_field_order: field Items of BadList`,
	} {
		if !regexp.MustCompile(want).MatchString(stderr) {
			t.Errorf("no error matching %q in:\n%s", want, stderr)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("wrote %v", entries)
	}
}
