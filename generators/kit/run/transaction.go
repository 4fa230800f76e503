package run

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
)

// ErrInterrupted is returned by Write and WriteRemoving when their context
// is cancelled (the command's signal, say) before every file is renamed
// into place: the staged files were discarded and no output changed.
var ErrInterrupted = errors.New("interrupted")

// errNoUnnamed says that a directory cannot hold unnamed files.
var errNoUnnamed = errors.New("no unnamed temporary files here")

// transaction is one all-or-nothing write: files are staged (written in
// full where a killed process leaves nothing a user sees), then committed
// together in a short loop that only names and renames them. A cancelled
// context before the commit rolls back.
//
// A file is staged, by preference, as an unnamed file (O_TMPFILE, Linux)
// in its output's directory or the nearest one that exists; else in the
// transaction's staging directory at the root of the output's module,
// which the next run removes when this one was killed; else, as a last
// resort, as a named temporary file beside its output.
type transaction struct {
	mu      sync.Mutex
	staged  []staged
	missing []string          // directories to make at commit, parents first
	madeDir []string          // directories the run made, deepest last
	staging map[string]string // staging directory by module root
	links   *linkCheck        // knows each output's module root
	budget  int               // unnamed files the run may still open
	pid     string
	seq     int
}

// staged is a file written in full, not yet in place.
type staged struct {
	file *os.File // the unnamed file; nil when staged under a name
	tmp  string   // the named temporary file
	path string   // the output
}

// newTransaction starts a transaction; links knows the outputs' modules.
func newTransaction(links *linkCheck) *transaction {
	return &transaction{staging: map[string]string{}, links: links, budget: unnamedBudget(), pid: strconv.Itoa(os.Getpid())}
}

// interrupted rolls tx back when ctx is cancelled and returns the error
// saying so; nil, when ctx is not.
func (tx *transaction) interrupted(ctx context.Context) error {
	if ctx.Err() == nil {
		return nil
	}
	tx.mu.Lock()
	n := len(tx.staged)
	tx.rollbackLocked()
	tx.mu.Unlock()
	return fmt.Errorf("%w (%v): discarded %d staged file(s); no output was changed by the interrupted step",
		ErrInterrupted, context.Cause(ctx), n)
}

// stage writes f in full to a new staged file with the output's
// permissions, after removing what a killed run of ours left beside it.
func (tx *transaction) stage(f File) error {
	removeStaleTemps(f.Path)
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(f.Path); err == nil {
		mode = info.Mode().Perm()
	}
	tx.mu.Lock()
	defer tx.mu.Unlock()
	s := staged{path: f.Path}
	w, err := tx.open(&s)
	if err != nil {
		return err
	}
	tx.staged = append(tx.staged, s)
	_, err = w.Write(f.Data)
	if err == nil {
		err = w.Chmod(mode)
	}
	if s.file == nil {
		if closeErr := w.Close(); err == nil {
			err = closeErr
		}
	}
	slowStage(f.Path)
	return err
}

// open makes s's staged file, the first of the three kinds the directories
// allow, and returns it open for writing.
func (tx *transaction) open(s *staged) (*os.File, error) {
	dir := filepath.Dir(s.path)
	existing, missing := splitExisting(dir)
	if tx.budget > 0 {
		f, err := openUnnamed(existing)
		if err == nil {
			tx.budget--
			tx.want(missing)
			s.file = f
			return f, nil
		}
		if !errors.Is(err, errNoUnnamed) {
			return nil, err
		}
	}
	if root := tx.links.treeOf(absPath(dir)).root; canStageIn(root, existing) {
		if st, err := tx.stagingDir(root); err == nil {
			f, err := os.CreateTemp(st, filepath.Base(s.path)+"-*")
			if err == nil {
				tx.want(missing)
				s.tmp = f.Name()
			}
			return f, err
		}
	}
	if err := tx.mkdirAll(dir); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, tempPattern(s.path))
	if err == nil {
		s.tmp = f.Name()
	}
	return f, err
}

// splitExisting returns the nearest directory at or above dir that exists
// and the missing ones below it down to dir, parents first.
func splitExisting(dir string) (existing string, missing []string) {
	d := dir
	for ; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil {
			break
		}
		missing = append([]string{d}, missing...)
	}
	return d, missing
}

// want notes directories to make at commit.
func (tx *transaction) want(dirs []string) {
	for _, d := range dirs {
		if !slices.Contains(tx.missing, d) {
			tx.missing = append(tx.missing, d)
		}
	}
}

// mkdirAll makes dir and its missing parents now, remembering which it
// made (for a file staged beside its output).
func (tx *transaction) mkdirAll(dir string) error {
	_, missing := splitExisting(dir)
	for _, d := range missing {
		if err := os.Mkdir(d, 0o755); err != nil && !os.IsExist(err) {
			return err
		}
		tx.madeDir = append(tx.madeDir, d)
	}
	return nil
}
