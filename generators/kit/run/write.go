package run

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/internal/udiff"
)

// Write puts every file on disk. A file whose bytes would not change is left
// alone; any other is written to a temporary file in the same directory and
// renamed over the old one, so an interrupted run leaves either the old file
// or the new one, never half of one. It returns how many files it wrote.
func Write(files []File) (int, error) {
	written := 0
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		if err := writeAtomic(f.Path, f.Data); err != nil {
			return written, err
		}
		written++
	}
	return written, nil
}

func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// ErrStale is returned by Verify when any file would change.
var ErrStale = errors.New("generated files are out of date; run the same command without --verify-only to update them")

// Verify compares every file with what is on disk and prints a unified diff
// to w for each that would change or be created. It returns ErrStale when
// anything differs and writes nothing.
func Verify(w io.Writer, files []File) error {
	stale := false
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		stale = true
		name := diag.Where(tokenFile(f.Path))
		oldName := name
		if old == nil {
			oldName = "/dev/null"
		}
		fmt.Fprint(w, udiff.Unified(oldName, name, old, f.Data))
	}
	if stale {
		return ErrStale
	}
	return nil
}
