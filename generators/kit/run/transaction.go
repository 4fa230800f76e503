package run

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// ErrInterrupted is returned by Write and WriteRemoving when their context
// is cancelled (the command's signal, say) before every file is renamed
// into place: the temporary files were removed and no output changed.
var ErrInterrupted = errors.New("interrupted")

// transaction is one all-or-nothing write: files are staged (written to
// temporary files beside their outputs), then committed (renamed over
// them) together. A cancelled context before the commit rolls back.
type transaction struct {
	mu      sync.Mutex
	staged  []staged
	madeDir []string // directories the run created, deepest last
}

// staged is a file written to its temporary file, not yet renamed.
type staged struct {
	tmp, path string
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
	return fmt.Errorf("%w (%v): removed %d temporary file(s); no output was changed by the interrupted step",
		ErrInterrupted, context.Cause(ctx), n)
}

// stage writes f to a new temporary file beside its output, with the
// output's permissions, after removing what a killed run of ours left there.
func (tx *transaction) stage(f File) error {
	dir := filepath.Dir(f.Path)
	if err := tx.mkdirAll(dir); err != nil {
		return err
	}
	removeStaleTemps(f.Path)
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(f.Path); err == nil {
		mode = info.Mode().Perm()
	}
	tx.mu.Lock()
	defer tx.mu.Unlock()
	tmp, err := os.CreateTemp(dir, tempPattern(f.Path))
	if err != nil {
		return err
	}
	tx.staged = append(tx.staged, staged{tmp: tmp.Name(), path: f.Path})
	_, err = tmp.Write(f.Data)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	time.Sleep(stageDelay)
	return err
}

// mkdirAll makes dir and its missing parents, remembering which it made.
func (tx *transaction) mkdirAll(dir string) error {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append(missing, d)
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o755); err != nil && !os.IsExist(err) {
			return err
		}
		tx.mu.Lock()
		tx.madeDir = append(tx.madeDir, missing[i])
		tx.mu.Unlock()
	}
	return nil
}

// commit renames every staged file over its output and returns how many
// it renamed; it is not interrupted once it started.
func (tx *transaction) commit() (int, error) {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	for i, s := range tx.staged {
		if err := os.Rename(s.tmp, s.path); err != nil {
			tx.staged = tx.staged[i:]
			tx.madeDir = nil // some outputs are in them now
			tx.rollbackLocked()
			return i, fmt.Errorf("cannot write %s: %w; the %d file(s) before it in the run were written", s.path, cause(err), i)
		}
	}
	n := len(tx.staged)
	tx.staged = nil
	return n, nil
}

// rollback removes every staged temporary file and the directories made.
func (tx *transaction) rollback() {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	tx.rollbackLocked()
}

func (tx *transaction) rollbackLocked() {
	for _, s := range tx.staged {
		os.Remove(s.tmp)
	}
	tx.staged = nil
	for i := len(tx.madeDir) - 1; i >= 0; i-- {
		os.Remove(tx.madeDir[i]) // only if empty
	}
	tx.madeDir = nil
}

// tempPattern is the os.CreateTemp pattern of path's temporary files:
// ".<name>.tmp-<pid>-<random>", hidden, and telling which process made it.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".tmp-" + strconv.Itoa(os.Getpid()) + "-*"
}
