//go:build linux

package run

import (
	"errors"
	"io/fs"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// openUnnamed opens a new file without a name in dir (O_TMPFILE): until
// linkUnnamed gives it one, nothing shows it, and when the process ends,
// killed or not, the kernel frees it. It returns errNoUnnamed when the
// kernel or dir's file system cannot make one.
func openUnnamed(dir string) (*os.File, error) {
	f, err := os.OpenFile(dir, os.O_RDWR|unix.O_TMPFILE, 0o600)
	if err == nil {
		return f, nil
	}
	// A file system without O_TMPFILE says EOPNOTSUPP; a kernel older than
	// 3.11 sees O_DIRECTORY|O_RDWR and says EISDIR (or EINVAL).
	if errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EISDIR) || errors.Is(err, unix.EINVAL) {
		return nil, errNoUnnamed
	}
	return nil, err
}

// linkUnnamed gives the unnamed file f the name name, which must not
// exist, in a directory of the same file system.
func linkUnnamed(f *os.File, name string) error {
	proc := "/proc/self/fd/" + strconv.FormatUint(uint64(f.Fd()), 10)
	if err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW); err != nil {
		return &fs.PathError{Op: "link", Path: name, Err: err}
	}
	return nil
}

// unnamedBudget returns how many unnamed files a write may hold open at
// once: half the process's limit of open files, leaving the rest to the
// run; none when /proc, through which linkUnnamed names them, is missing.
func unnamedBudget() int {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		return 0
	}
	var lim unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &lim); err != nil {
		return 0
	}
	return int(min(lim.Cur/2, 1<<20))
}
