package run

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/internal/udiff"
)

// Write puts every file on disk, all or nothing. A file whose bytes would
// not change is left alone. Every other file is first written in full
// where a killed run leaves nothing a user sees (an unnamed file, on
// Linux; elsewhere a staging directory at the module's root, which the
// next run removes); only when all are written are they put in place, in
// a loop that names and renames them and does nothing else. Any failure
// before that (a directory that is not writable, a full disk, a read-only
// output file, a symbolic link that would take an output out of its
// module) discards what was staged and the directories the run made,
// changes nothing, and names the output file that could not be written.
// Cancelling ctx before the renames does the same and returns an error
// wrapping ErrInterrupted (the command cancels it on SIGINT and SIGTERM,
// and decides the exit status). What an earlier, killed run of ours left
// (a named temporary file beside an output, a staging directory) is
// removed. An output that is itself a symbolic link is replaced by the
// file, never written through. Write returns how many files it wrote.
func Write(ctx context.Context, files []File) (int, error) {
	n, _, err := WriteRemoving(ctx, files, nil, nil)
	return n, err
}

// WriteRemoving is Write, and then, once every file is written, removes
// the orphans (files a previous run generated that this run does not
// produce) and the directories that removing them leaves empty, up to but
// not including the roots. It returns how many files it wrote and how
// many it removed. Nothing is written or removed when an orphan's path
// leads through a symbolic link out of its module, and nothing is removed
// when writing fails.
func WriteRemoving(ctx context.Context, files []File, orphans, roots []string) (written, removed int, err error) {
	changed := changedFiles(files)
	links := newLinkCheck()
	if err := links.refuseOutsideLinks(changed, orphans); err != nil {
		return 0, 0, err
	}
	written, err = writeAll(ctx, links, changed)
	if err != nil {
		return written, 0, err
	}
	removed, err = removeAll(orphans, roots)
	return written, removed, err
}

// changedFiles returns the files whose bytes differ from the disk's.
func changedFiles(files []File) []File {
	var changed []File
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		changed = append(changed, f)
	}
	return changed
}

// writeAll is Write's all-or-nothing write of the changed files.
func writeAll(ctx context.Context, links *linkCheck, changed []File) (int, error) {
	if err := refuseReadOnly(changed); err != nil {
		return 0, err
	}
	cleaned := map[string]bool{}
	for _, f := range changed {
		if root := links.treeOf(filepath.Dir(absPath(f.Path))).root; !cleaned[root] {
			cleaned[root] = true
			removeStaleStaging(root)
		}
	}
	tx := newTransaction(links)
	for _, f := range changed {
		if err := tx.interrupted(ctx); err != nil {
			return 0, err
		}
		if err := tx.stage(f); err != nil {
			tx.rollback()
			return 0, fmt.Errorf("cannot write %s: %w; nothing was changed", f.Path, cause(err))
		}
	}
	if err := tx.interrupted(ctx); err != nil {
		return 0, err
	}
	return tx.commit()
}

// refuseReadOnly reports every output file that exists without write
// permission for its owner: someone made it read-only, and replacing it
// through a rename would silently undo that.
func refuseReadOnly(files []File) error {
	errs := &diag.List{}
	for _, f := range files {
		info, err := os.Stat(f.Path)
		if err == nil && info.Mode().IsRegular() && info.Mode().Perm()&0o200 == 0 {
			errs.Add(fmt.Errorf("%s is read-only, and the run would change it; make it writable (chmod u+w %s) to let it be regenerated; nothing was changed", f.Path, f.Path))
		}
	}
	return errs.Err()
}

// cause strips the temporary file's name from err: the user knows the
// output file, not our temporary one.
func cause(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return fmt.Errorf("%w (in %s)", pathErr.Err, filepath.Dir(pathErr.Path))
	}
	return err
}

// ErrStale is returned by VerifyRemoving when any file would change, appear or
// disappear.
var ErrStale = errors.New("generated files are out of date; run the same command without --verify-only to update them")

// VerifyRemoving compares every file with what is on disk and prints a
// unified diff to w for each that would change or be created, and, as a
// diff to /dev/null, each orphan (a file a previous run generated that this
// run would remove). It returns ErrStale when anything differs and writes
// nothing.
func VerifyRemoving(w io.Writer, files []File, orphans []string) error {
	stale, err := verifyFiles(w, files)
	if err != nil {
		return err
	}
	for _, path := range orphans {
		old, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		stale = true
		fmt.Fprint(w, udiff.Unified(diag.Where(tokenFile(path)), "/dev/null", old, nil))
	}
	if stale {
		return ErrStale
	}
	return nil
}

// verifyFiles prints a diff for each file that differs from the disk and
// reports whether any did.
func verifyFiles(w io.Writer, files []File) (bool, error) {
	stale := false
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return false, err
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
	return stale, nil
}

// Diff returns the unified diff from a (named oldName) to b (newName), or
// "" when they are equal: the format --verify-only prints.
func Diff(oldName, newName string, a, b []byte) string {
	return udiff.Unified(oldName, newName, a, b)
}
