package run

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// watchStaging is a context that, each time Write asks whether it is
// cancelled (before each file is staged, and before the commit), records
// the tree below dir: what a SIGKILL at that moment would leave.
type watchStaging struct {
	context.Context
	t     *testing.T
	dir   string
	trees []map[string]string
}

func (w *watchStaging) Err() error {
	w.trees = append(w.trees, snapshot(w.t, w.dir))
	return nil
}

// TestStagingLeavesNothingVisible: on Linux, while Write stages files (an
// output replaced, one in a directory that does not exist yet) the tree
// stays as it was, hidden names and new directories included, so a kill
// during staging leaves nothing; the commit then puts every file in place
// and leaves no temporary file.
func TestStagingLeavesNothingVisible(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("unnamed temporary files are Linux's")
	}
	t.Parallel()
	dir := tree(t, map[string]string{"go.mod": "module example.com/m\n", "a/x.go": "package old\n"})
	before := snapshot(t, dir)
	w := &watchStaging{Context: context.Background(), t: t, dir: dir}
	files := []File{
		{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x\n")},
		{Path: filepath.Join(dir, "new/deeper/y.go"), Data: []byte("package y\n")},
		{Path: filepath.Join(dir, "a/z.go"), Data: []byte("package z\n")},
	}
	if n, err := Write(w, files); err != nil || n != 3 {
		t.Fatalf("Write = %d, %v; want 3", n, err)
	}
	if len(w.trees) != 4 {
		t.Fatalf("the context was asked %d times, want 4 (before each file and before the commit)", len(w.trees))
	}
	for i, during := range w.trees {
		if !maps.Equal(before, during) {
			t.Errorf("after staging %d file(s) the tree shows:\n%q\nwant it unchanged:\n%q", i, during, before)
		}
	}
	want := map[string]string{"./": "", "go.mod": "module example.com/m\n", "a/": "", "a/x.go": "package x\n", "a/z.go": "package z\n",
		"new/": "", "new/deeper/": "", "new/deeper/y.go": "package y\n"}
	if got := snapshot(t, dir); !maps.Equal(got, want) {
		t.Errorf("after the commit the tree is\n%q\nwant\n%q", got, want)
	}
}

// TestStagingDirectory: where unnamed files cannot be made, files are
// staged in one staging directory at the module's root, and nothing else
// shows; a staging directory a killed run left is removed by the next run
// (one of a live process is not); a commit puts the files in place and
// removes its staging directory.
func TestStagingDirectory(t *testing.T) {
	t.Parallel()
	dir := tree(t, map[string]string{"go.mod": "module example.com/m\n", "a/x.go": "package old\n"})
	before := snapshot(t, dir)
	tx := newTransaction(newLinkCheck())
	tx.budget = 0 // as where O_TMPFILE is not supported
	for _, f := range []File{{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x\n")}, {Path: filepath.Join(dir, "new/y.go"), Data: []byte("package y\n")}} {
		if err := tx.stage(f); err != nil {
			t.Fatal(err)
		}
	}
	var staging []string
	for rel := range snapshot(t, dir) {
		if _, ok := before[rel]; !ok {
			staging = append(staging, rel)
		}
	}
	if len(staging) != 3 || !strings.HasPrefix(staging[0], stagingPrefix+"-") {
		t.Fatalf("staging added %q; want one staging directory at the root holding the two files", staging)
	}
	// A kill now: what the killed process left, renamed to a dead process's.
	dead := filepath.Join(dir, stagingPrefix+"-"+exitedPID(t)+"-1")
	if err := os.Rename(tx.staging[dir], dead); err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(dir, stagingPrefix+"-"+tx.pid+"-2")
	os.Mkdir(live, 0o755)
	if n, err := Write(context.Background(), []File{{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x\n")}}); err != nil || n != 1 {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("the killed run's staging directory is still there (%v)", err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("a live run's staging directory was removed")
	}
	os.Remove(live)

	tx = newTransaction(newLinkCheck())
	tx.budget = 0
	for _, f := range []File{{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x2\n")}, {Path: filepath.Join(dir, "new/y.go"), Data: []byte("package y\n")}} {
		if err := tx.stage(f); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := tx.commit(); err != nil || n != 2 {
		t.Fatalf("commit = %d, %v", n, err)
	}
	want := map[string]string{"./": "", "go.mod": "module example.com/m\n", "a/": "", "a/x.go": "package x2\n", "new/": "", "new/y.go": "package y\n"}
	if got := snapshot(t, dir); !maps.Equal(got, want) {
		t.Errorf("after the commit the tree is\n%q\nwant\n%q", got, want)
	}
}

// TestStagingDirectoryFailsBeforeCommit: with the staging directory, an
// output whose directory is a file fails while staging, as it does with
// unnamed files, and the rollback leaves the tree as it was.
func TestStagingDirectoryFailsBeforeCommit(t *testing.T) {
	t.Parallel()
	dir := tree(t, map[string]string{"go.mod": "module example.com/m\n", "a/x.go": "package old\n", "b": "not a directory\n"})
	before := snapshot(t, dir)
	tx := newTransaction(newLinkCheck())
	tx.budget = 0
	if err := tx.stage(File{Path: filepath.Join(dir, "a/x.go"), Data: []byte("package x\n")}); err != nil {
		t.Fatal(err)
	}
	if err := tx.stage(File{Path: filepath.Join(dir, "b/y.go"), Data: []byte("package y\n")}); err == nil {
		t.Fatalf("staging b/y.go, with b a file, succeeded; the commit would fail half-way")
	}
	tx.rollback()
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("the tree changed:\nbefore %q\nafter  %q", before, after)
	}
}
