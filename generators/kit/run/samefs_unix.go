//go:build unix

package run

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// canStageIn reports whether a file staged in a staging directory at root
// can be renamed into dir (or a new directory below it) at commit: both
// are on the same file system, and dir is a directory we can write to
// (which leaves the rename to fail only for reasons no check foresees, a
// full disk say).
func canStageIn(root, dir string) bool {
	a, errA := os.Stat(root)
	b, errB := os.Stat(dir)
	if errA != nil || errB != nil || !b.IsDir() {
		return false
	}
	sa, okA := a.Sys().(*syscall.Stat_t)
	sb, okB := b.Sys().(*syscall.Stat_t)
	return okA && okB && sa.Dev == sb.Dev && unix.Access(dir, unix.W_OK) == nil
}
