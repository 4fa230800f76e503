package run

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestWriteSkipsUnchangedAndReplacesChanged(t *testing.T) {
	dir := t.TempDir()
	same, changed, created := filepath.Join(dir, "same.go"), filepath.Join(dir, "changed.go"), filepath.Join(dir, "sub", "new.go")
	os.WriteFile(same, []byte("package a\n"), 0o600)
	os.WriteFile(changed, []byte("package old\n"), 0o640)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(same, old, old)

	n, err := Write(context.Background(), []File{{Path: same, Data: []byte("package a\n")}, {Path: changed, Data: []byte("package b\n")}, {Path: created, Data: []byte("package c\n")}})
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v; want 2 files written", n, err)
	}
	if info, _ := os.Stat(same); info.ModTime().After(old.Add(time.Second)) {
		t.Errorf("unchanged file was rewritten")
	}
	if data, _ := os.ReadFile(changed); string(data) != "package b\n" {
		t.Errorf("changed file holds %q", data)
	}
	if info, _ := os.Stat(changed); info.Mode().Perm() != 0o640 {
		t.Errorf("mode of a replaced file = %v, want it kept (0640)", info.Mode().Perm())
	}
	if data, _ := os.ReadFile(created); string(data) != "package c\n" {
		t.Errorf("new file holds %q", data)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestVerifyRemoving(t *testing.T) {
	dir := t.TempDir()
	current, stale, missing := filepath.Join(dir, "current.go"), filepath.Join(dir, "stale.go"), filepath.Join(dir, "missing.go")
	os.WriteFile(current, []byte("package a\n"), 0o644)
	os.WriteFile(stale, []byte("package a\n\nvar X = 1\n"), 0o644)

	var out bytes.Buffer
	if err := VerifyRemoving(&out, []File{{Path: current, Data: []byte("package a\n")}}, nil); err != nil || out.Len() != 0 {
		t.Errorf("current file: err %v, output %q; want nil and nothing", err, out.String())
	}
	out.Reset()
	err := VerifyRemoving(&out, []File{{Path: current, Data: []byte("package a\n")}, {Path: stale, Data: []byte("package a\n\nvar X = 2\n")}, {Path: missing, Data: []byte("package a\n")}}, nil)
	if !errors.Is(err, ErrStale) {
		t.Errorf("err = %v, want ErrStale", err)
	}
	for _, want := range []string{"-var X = 1\n+var X = 2\n", "--- /dev/null\n", "+package a\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("diff lacks %q:\n%s", want, out.String())
		}
	}
	if data, _ := os.ReadFile(stale); string(data) != "package a\n\nvar X = 1\n" {
		t.Errorf("VerifyRemoving changed a file")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("VerifyRemoving created a file")
	}
}

// tree writes files (relative path to content) below a new directory and
// returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// snapshot returns every file below dir by relative path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		if d.Type()&os.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			out[rel] = "-> " + target
			return err
		}
		data, err := os.ReadFile(p)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWriteAllOrNothing: when one output cannot be written (its directory
// is a file here; a read-only directory or a full disk fail the same way),
// no output changes, no temporary file or new directory remains, and the
// error names the output file, not a temporary one.
func TestWriteAllOrNothing(t *testing.T) {
	dir := tree(t, map[string]string{"a/x.go": "package old\n", "b": "not a directory\n"})
	before := snapshot(t, dir)
	files := []File{
		{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package new\n")},
		{Path: filepath.Join(dir, "new/deeper/z.go"), Data: []byte("package z\n")},
		{Path: filepath.Join(dir, "b/y.go"), Data: []byte("package y\n")},
	}
	n, err := Write(context.Background(), files)
	if err == nil || n != 0 {
		t.Fatalf("Write = %d, %v; want 0 and an error", n, err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "cannot write "+filepath.Join(dir, "b/y.go")+": ") || strings.Contains(msg, ".tmp") || !strings.HasSuffix(msg, "nothing was changed") {
		t.Errorf("error = %q; want it to name b/y.go, not the temporary file, and say nothing changed", msg)
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("the tree changed:\nbefore %q\nafter  %q", before, after)
	}
}

// TestWriteReadOnlyDirectory: the same with a directory the user cannot
// write to (not testable as root, who can).
func TestWriteReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only directories")
	}
	dir := tree(t, map[string]string{"a/x.go": "package old\n", "b/y.go": "package old\n"})
	os.Chmod(filepath.Join(dir, "b"), 0o555)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "b"), 0o755) })
	before := snapshot(t, dir)
	_, err := Write(context.Background(), []File{{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package new\n")}, {Path: filepath.Join(dir, "b/y.go"), Data: []byte("package new\n")}})
	if err == nil || !strings.Contains(err.Error(), "permission denied") || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("err = %v; want permission denied naming b/y.go", err)
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("the tree changed:\nbefore %q\nafter  %q", before, after)
	}
}

// TestWriteRefusesReadOnlyFiles: an output the user made read-only is not
// replaced; every such file is named and nothing changes.
func TestWriteRefusesReadOnlyFiles(t *testing.T) {
	dir := tree(t, map[string]string{"a/x.go": "package old\n", "a/y.go": "package old\n", "a/same.go": "package same\n"})
	os.Chmod(filepath.Join(dir, "a/y.go"), 0o444)
	os.Chmod(filepath.Join(dir, "a/same.go"), 0o444)
	before := snapshot(t, dir)
	_, err := Write(context.Background(), []File{
		{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package new\n")},
		{Path: filepath.Join(dir, "a/y.go"), Data: []byte("package new\n")},
		{Path: filepath.Join(dir, "a/same.go"), Data: []byte("package same\n")}, // unchanged: no need to write
	})
	if err == nil || !strings.Contains(err.Error(), "a/y.go is read-only") || strings.Contains(err.Error(), "same.go") {
		t.Fatalf("err = %v; want a/y.go (only) named as read-only", err)
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("the tree changed:\nbefore %q\nafter  %q", before, after)
	}
}

// TestWriteRemovesStaleTemporaryFiles: what a killed run of ours left
// beside an output goes; a running process's temporary file and files
// that only look alike stay.
func TestWriteRemovesStaleTemporaryFiles(t *testing.T) {
	dead := exitedPID(t)
	dir := tree(t, map[string]string{
		"a/.x.go.tmp-" + dead + "-123":                    "half",
		"a/.x.go.tmp987654":                               "half, older version",
		"a/.x.go.tmp-" + strconv.Itoa(os.Getpid()) + "-5": "a live run's",
		"a/.x.go.tmp-notes":                               "the user's",
		"a/.y.go.tmp-" + dead + "-1":                      "another output's, not written by this run",
	})
	if _, err := Write(context.Background(), []File{{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x\n")}}); err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, dir)
	want := map[string]string{"./": "", "a/": "", "a/x.go": "package x\n",
		"a/.x.go.tmp-" + strconv.Itoa(os.Getpid()) + "-5": "a live run's",
		"a/.x.go.tmp-notes":          "the user's",
		"a/.y.go.tmp-" + dead + "-1": "another output's, not written by this run"}
	if !maps.Equal(got, want) {
		t.Errorf("tree = %q\nwant   %q", got, want)
	}
}

// exitedPID returns the id of a process that has exited.
func exitedPID(t *testing.T) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(cmd.Process.Pid)
}

// cancelAfter is a context that is cancelled once Err has been asked n
// times: it interrupts Write between two staged files.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n == 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestWriteInterrupted cancels Write's context after two of three files
// are staged: it returns ErrInterrupted, and leaves the old output, no
// temporary file and no directory it made.
func TestWriteInterrupted(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.go")
	os.WriteFile(old, []byte("package old\n"), 0o644)
	files := []File{
		{Path: old, Data: []byte("package new\n")},
		{Path: filepath.Join(dir, "made", "a.go"), Data: []byte("package made\n")},
		{Path: filepath.Join(dir, "b.go"), Data: []byte("package b\n")},
	}
	n, err := Write(&cancelAfter{Context: context.Background(), n: 2}, files)
	if !errors.Is(err, ErrInterrupted) || n != 0 || !strings.Contains(err.Error(), "discarded 2 staged file(s)") {
		t.Fatalf("Write = %d, %v; want 0 and ErrInterrupted after discarding 2 staged files", n, err)
	}
	if data, _ := os.ReadFile(old); string(data) != "package old\n" {
		t.Errorf("an interrupted write changed an output: %q", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("after an interrupted write the directory holds %d entries, want only old.go: %v", len(entries), entries)
	}
}
