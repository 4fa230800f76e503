package run

import (
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// transaction is one all-or-nothing write: files are staged (written to
// temporary files beside their outputs), then committed (renamed over
// them) together. A signal before the commit rolls back and exits.
type transaction struct {
	mu      sync.Mutex
	staged  []staged
	madeDir []string // directories the run created, deepest last
	signals chan os.Signal
	done    chan struct{}
	// delay slows the staging of each file: tests that interrupt a run
	// while it writes set it through $GENGOKIT_STAGE_DELAY (e.g. "300ms").
	delay time.Duration
}

// staged is a file written to its temporary file, not yet renamed.
type staged struct {
	tmp, path string
}

func newTransaction() *transaction {
	tx := &transaction{signals: make(chan os.Signal, 1), done: make(chan struct{})}
	tx.delay, _ = time.ParseDuration(os.Getenv("GENGOKIT_STAGE_DELAY"))
	signal.Notify(tx.signals, os.Interrupt, syscall.SIGTERM)
	go tx.watch()
	return tx
}

// watch rolls back and exits when a signal arrives before close.
func (tx *transaction) watch() {
	select {
	case sig := <-tx.signals:
		tx.mu.Lock() // waits for a commit in progress to finish
		n := len(tx.staged)
		tx.rollbackLocked()
		fmt.Fprintf(os.Stderr, "interrupted (%v): removed %d temporary file(s); no output was changed by the interrupted step\n", sig, n)
		os.Exit(1)
	case <-tx.done:
	}
}

// close stops watching for signals.
func (tx *transaction) close() {
	signal.Stop(tx.signals)
	close(tx.done)
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
	time.Sleep(tx.delay)
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
// it renamed. A signal meanwhile waits until all are renamed.
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
