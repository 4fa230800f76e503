package gofmt

import (
	"bytes"
	"debug/buildinfo"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/imports"
)

// corpusEntry is one input of the comparison test.
type corpusEntry struct {
	name string
	src  []byte
}

// TestMatchesGofmtBinary checks that Source gives the same bytes as gengo's
// original pipeline, imports.Process followed by the gofmt binary with -s.
func TestMatchesGofmtBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages or runs an outside tool; skipped with -short (make test runs it)")
	}
	gofmt := findGofmt(t)
	corpus := append(tableCorpus(), gorootCorpus(t)...)
	var compared, equal, skipped int
	for _, entry := range corpus {
		stage1, err := imports.Process("", entry.src, importsOptions())
		if err != nil {
			skipped++
			t.Logf("skipping %s: %v", entry.name, err)
			continue
		}
		want, err := runGofmt(gofmt, stage1)
		if err != nil {
			skipped++
			t.Logf("skipping %s: gofmt -s: %v", entry.name, err)
			continue
		}
		compared++
		if compareOne(t, entry, want) {
			equal++
		}
	}
	t.Logf("compared %d inputs with %s -s: %d equal, %d skipped", compared, gofmt, equal, skipped)
	if compared == 0 {
		t.Fatal("no input was compared")
	}
}

// compareOne reports whether Source(entry.src) equals want, failing the
// test if it does not.
func compareOne(t *testing.T, entry corpusEntry, want []byte) bool {
	t.Helper()
	got, err := Source(entry.src)
	if err != nil {
		t.Errorf("%s: Source: %v", entry.name, err)
		return false
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s: Source differs from gofmt -s (-gofmt +Source):\n%s", entry.name, diff)
		return false
	}
	return true
}

// findGofmt returns the path of a gofmt binary built by the same Go
// release as this test, skipping the test when there is none.
func findGofmt(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("gofmt")
	if err != nil {
		t.Skipf("no gofmt binary on PATH: %v", err)
	}
	info, err := buildinfo.ReadFile(path)
	if err != nil {
		t.Skipf("cannot tell the Go version of %s: %v", path, err)
	}
	if goRelease(info.GoVersion) != goRelease(runtime.Version()) {
		t.Skipf("%s is from %s, but this test runs on %s", path, info.GoVersion, runtime.Version())
	}
	return path
}

// goRelease trims a Go version such as "go1.26.8" to its release "go1.26".
func goRelease(version string) string {
	parts := strings.SplitN(version, ".", 3)
	if len(parts) < 2 {
		return version
	}
	return parts[0] + "." + parts[1]
}

// runGofmt pipes src through "gofmt -s", as gengo does.
func runGofmt(gofmt string, src []byte) ([]byte, error) {
	cmd := exec.Command(gofmt, "-s")
	cmd.Stdin = bytes.NewReader(src)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, &gofmtError{err: err, stderr: stderr.String()}
	}
	return stdout.Bytes(), nil
}

// gofmtError describes a failed gofmt run.
type gofmtError struct {
	err    error
	stderr string
}

// Error implements error.
func (e *gofmtError) Error() string {
	return e.err.Error() + ": " + strings.TrimSpace(e.stderr)
}

// tableCorpus returns the inputs of the table-driven tests and the
// generated-code samples.
func tableCorpus() []corpusEntry {
	var entries []corpusEntry
	for _, cases := range [][]formatCase{rewriteCases, keepCases, importCases} {
		for _, tc := range cases {
			entries = append(entries, corpusEntry{"case " + tc.name, []byte(goFile(tc.in))})
		}
	}
	for _, tc := range generatedSamples {
		entries = append(entries, corpusEntry{"sample " + tc.name, []byte(tc.in)})
	}
	return entries
}

// gorootCorpus returns the files of the go/printer and cmd/gofmt test
// data in GOROOT. Besides .go files these hold mostly .input and .golden
// files, which are Go source as well; files that are not complete Go
// files are skipped later, when imports.Process rejects them.
func gorootCorpus(t *testing.T) []corpusEntry {
	t.Helper()
	goroot := findGoroot(t)
	var entries []corpusEntry
	for _, dir := range []string{"src/go/printer/testdata", "src/cmd/gofmt/testdata"} {
		entries = append(entries, readDirFiles(t, filepath.Join(goroot, dir))...)
	}
	return entries
}

// findGoroot asks the go command for GOROOT, skipping the test without it.
func findGoroot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	goroot := strings.TrimSpace(string(out))
	if err != nil || goroot == "" {
		t.Skipf("cannot determine GOROOT: %v", err)
	}
	return goroot
}

// readDirFiles reads the regular files of dir and its subdirectories.
func readDirFiles(t *testing.T, dir string) []corpusEntry {
	t.Helper()
	items, err := os.ReadDir(dir)
	if err != nil {
		t.Logf("skipping %s: %v", dir, err)
		return nil
	}
	var entries []corpusEntry
	for _, item := range items {
		path := filepath.Join(dir, item.Name())
		switch {
		case item.IsDir():
			entries = append(entries, readDirFiles(t, path)...)
		case item.Type().IsRegular():
			src, err := os.ReadFile(path)
			if err != nil {
				t.Logf("skipping %s: %v", path, err)
				continue
			}
			entries = append(entries, corpusEntry{path, src})
		}
	}
	return entries
}
