package goldentest

import (
	"bufio"
	"bytes"
	"errors"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// stagedLine and linkedLine are what a binary built with the
// gengokit_slowstage tag prints for each file it staged, and, when it
// slows its commit instead, for each file it gave a temporary name
// (generators/kit/run's stagedelay_slow.go).
const (
	stagedLine = "gengokit_slowstage: staged "
	linkedLine = "gengokit_slowstage: linked "
)

// BuildSlow builds ./cmd/<name> with the gengokit_slowstage tag: the binary
// waits after staging each file and says so on stderr, so that a test can
// interrupt it while it writes. Run with GENGOKIT_SLOWSTAGE=off (as
// RunFast does) it runs at its normal pace.
func BuildSlow(t testing.TB, name string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), name)
	cmd := exec.Command("go", "build", "-tags", "gengokit_slowstage", "-o", bin, "./cmd/"+name)
	cmd.Dir = Root(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// RunFast runs a binary built by BuildSlow in dir at its normal pace and
// returns its combined output and exit code.
func RunFast(t testing.TB, dir, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(runEnv(), "GENGOKIT_SLOWSTAGE=off")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(out), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

// runEnv is RunIn's environment.
func runEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C")
}

// SlowRun is a run of a binary built by BuildSlow.
type SlowRun struct {
	Cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	read chan struct{} // closed once the output is read to its end
}

// StartStaging starts bin (built by BuildSlow) in dir with RunIn's
// environment and returns once it has staged n files, which nothing on
// disk shows.
func StartStaging(t testing.TB, n int, dir, bin string, args ...string) *SlowRun {
	t.Helper()
	return startSlow(t, "", stagedLine, n, dir, bin, args...)
}

// StartCommitting starts bin (built by BuildSlow) in dir, its commit
// slowed, and returns once it is putting its n-th file in place: the
// file has its temporary name beside its output, not yet renamed.
func StartCommitting(t testing.TB, n int, dir, bin string, args ...string) *SlowRun {
	t.Helper()
	return startSlow(t, "commit", linkedLine, n, dir, bin, args...)
}

// startSlow starts bin with GENGOKIT_SLOWSTAGE=mode and returns once it
// printed n lines beginning with prefix.
func startSlow(t testing.TB, mode, prefix string, n int, dir, bin string, args ...string) *SlowRun {
	t.Helper()
	r := &SlowRun{Cmd: exec.Command(bin, args...), read: make(chan struct{})}
	r.Cmd.Dir = dir
	r.Cmd.Env = append(runEnv(), "GENGOKIT_SLOWSTAGE="+mode)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Cmd.Stdout, r.Cmd.Stderr = pw, pw
	if err := r.Cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	reached := make(chan struct{})
	go r.scan(pr, prefix, n, reached)
	select {
	case <-reached:
		return r
	case <-r.read:
	case <-time.After(2 * time.Minute):
	}
	r.Cmd.Process.Kill()
	code, out := r.Wait()
	t.Fatalf("%s never printed %d line(s) %q (exit %d):\n%s", filepath.Base(bin), n, prefix, code, out)
	return nil
}

// scan copies the run's output, closing reached at its n-th line that
// begins with prefix.
func (r *SlowRun) scan(pr *os.File, prefix string, n int, reached chan struct{}) {
	defer close(r.read)
	defer pr.Close()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		line := sc.Text()
		r.mu.Lock()
		r.out.WriteString(line + "\n")
		r.mu.Unlock()
		if strings.HasPrefix(line, prefix) {
			if n--; n == 0 {
				close(reached)
			}
		}
	}
}

// Wait waits for the run to end and returns its exit code (-1 when a
// signal ended it) and its output.
func (r *SlowRun) Wait() (int, string) {
	err := r.Cmd.Wait()
	<-r.read
	r.mu.Lock()
	defer r.mu.Unlock()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return -1, r.out.String() + err.Error()
	}
	return r.Cmd.ProcessState.ExitCode(), r.out.String()
}

// Tree returns every entry below dir by relative path, hidden names
// included: a file's contents, "dir" for a directory, "-> target" for a
// symbolic link.
func Tree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			out[rel] = "dir"
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			out[rel] = "-> " + target
			return err
		default:
			data, err := os.ReadFile(p)
			out[rel] = string(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TreeDiff names the entries that differ between two trees (as Tree
// returns them): one line per new, changed or gone entry.
func TreeDiff(want, got map[string]string) string {
	var b strings.Builder
	for rel, data := range got {
		if w, ok := want[rel]; !ok {
			b.WriteString("\n  new: " + rel)
		} else if w != data {
			b.WriteString("\n  changed: " + rel)
		}
	}
	for rel := range want {
		if _, ok := got[rel]; !ok {
			b.WriteString("\n  gone: " + rel)
		}
	}
	return b.String()
}

// SignalsWhileStaging runs bin (a BuildSlow binary) with args in dir
// three times, sending SIGINT, SIGTERM and SIGKILL once it has staged
// staged files: after SIGINT and SIGTERM it must exit 1 saying it was
// interrupted, and after each signal the tree under dir must be exactly as
// it was, hidden names included.
func SignalsWhileStaging(t *testing.T, staged int, dir, bin string, args ...string) {
	t.Helper()
	before := Tree(t, dir)
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM, os.Kill} {
		r := StartStaging(t, staged, dir, bin, args...)
		r.Cmd.Process.Signal(sig)
		code, out := r.Wait()
		if sig != os.Kill && (code != 1 || !strings.Contains(out, "interrupted")) {
			t.Errorf("%v: exit %d, output %q; want exit 1 saying it was interrupted", sig, code, out)
		}
		if after := Tree(t, dir); !maps.Equal(before, after) {
			t.Errorf("after %v while staging, the tree changed: %s", sig, TreeDiff(before, after))
		}
	}
}
