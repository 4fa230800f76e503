//go:build unix

package run

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// canStageIn reports whether a file staged in the staging directory can be
// renamed into dir at commit: both are on the same file system, and dir is
// writable (which makes the rename fail only for reasons no check foresees,
// a full disk say).
func canStageIn(staging, dir string) bool {
	a, errA := os.Stat(staging)
	b, errB := os.Stat(dir)
	if errA != nil || errB != nil {
		return false
	}
	sa, okA := a.Sys().(*syscall.Stat_t)
	sb, okB := b.Sys().(*syscall.Stat_t)
	return okA && okB && sa.Dev == sb.Dev && unix.Access(dir, unix.W_OK) == nil
}
