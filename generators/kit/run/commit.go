package run

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// commit makes the missing directories and puts every staged file in place
// (names an unnamed one beside its output and renames it over it; renames
// a named one), then returns how many it put. It touches no file's
// contents, so that a kill finds it done or nearly so; once started it is
// not interrupted.
func (tx *transaction) commit() (int, error) {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	for _, d := range tx.missing {
		if err := os.Mkdir(d, 0o755); err != nil && !os.IsExist(err) {
			tx.rollbackLocked()
			return 0, fmt.Errorf("cannot make directory %s: %w; nothing was changed", d, cause(err))
		}
		tx.madeDir = append(tx.madeDir, d)
	}
	for i, s := range tx.staged {
		if err := tx.place(s); err != nil {
			for _, done := range tx.staged[:i] {
				if done.file != nil {
					done.file.Close()
				}
			}
			tx.staged = tx.staged[i:]
			tx.rollbackLocked()
			return i, fmt.Errorf("cannot write %s: %w; the %d file(s) before it in the run were written", s.path, cause(err), i)
		}
	}
	n := len(tx.staged)
	tx.closeLocked()
	return n, nil
}

// place puts one staged file over its output. An unnamed file gets a
// temporary name beside the output first: a link cannot replace a file,
// a rename can.
func (tx *transaction) place(s staged) error {
	if s.file == nil {
		return os.Rename(s.tmp, s.path)
	}
	for {
		tx.seq++
		name := filepath.Join(filepath.Dir(s.path), "."+filepath.Base(s.path)+".tmp-"+tx.pid+"-"+strconv.Itoa(tx.seq))
		err := linkUnnamed(s.file, name)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return err
		}
		slowPlace(s.path)
		if err := os.Rename(name, s.path); err != nil {
			os.Remove(name)
			return err
		}
		return nil
	}
}

// rollback discards every staged file, the staging directories and the
// directories made.
func (tx *transaction) rollback() {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	tx.rollbackLocked()
}

func (tx *transaction) rollbackLocked() {
	for _, s := range tx.staged {
		if s.file == nil {
			os.Remove(s.tmp)
		}
	}
	tx.closeLocked()
	for i := len(tx.madeDir) - 1; i >= 0; i-- {
		os.Remove(tx.madeDir[i]) // only if empty: it may hold outputs now
	}
	tx.madeDir = nil
}

// closeLocked closes the unnamed files (the kernel frees those never
// named) and removes the staging directories.
func (tx *transaction) closeLocked() {
	for _, s := range tx.staged {
		if s.file != nil {
			s.file.Close()
		}
	}
	tx.staged = nil
	for _, d := range tx.staging {
		os.RemoveAll(d)
	}
	tx.staging = map[string]string{}
}

// tempPattern is the os.CreateTemp pattern of path's temporary files:
// ".<name>.tmp-<pid>-<random>", hidden, and telling which process made it.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".tmp-" + strconv.Itoa(os.Getpid()) + "-*"
}
