package run

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
)

// removeStaleTemps removes the temporary files of path that a run of ours
// left behind when it was killed (SIGKILL gives no chance to clean up):
// ".<name>.tmp-<pid>-<random>" of a process that no longer runs, and
// ".<name>.tmp<random>" of our earlier versions. Another run's files, of a
// process still running, are left alone.
func removeStaleTemps(path string) {
	dir, name := filepath.Dir(path), filepath.Base(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + name + ".tmp"
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if ok && e.Type().IsRegular() && staleSuffix(rest) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// staleSuffix reports whether what follows ".<name>.tmp" in a file's name
// marks a temporary file of ours whose process is gone.
func staleSuffix(rest string) bool {
	if m := pidSuffix().FindStringSubmatch(rest); m != nil {
		pid, err := strconv.Atoi(m[1])
		return err == nil && !running(pid)
	}
	return digitsOnly().MatchString(rest)
}

func pidSuffix() *regexp.Regexp  { return regexp.MustCompile(`^-(\d+)-\d+$`) }
func digitsOnly() *regexp.Regexp { return regexp.MustCompile(`^\d+$`) }

// running reports whether a process with that id exists.
func running(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || err == syscall.EPERM
}
