package goldentest

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// InstallUpstream builds an upstream command (e.g.
// "k8s.io/code-generator/cmd/deepcopy-gen@v0.37.2") with `go install` into
// a temporary directory and returns the binary's path. The binary is never
// part of the repository.
func InstallUpstream(t testing.TB, pkgAtVersion string) string {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("go", "install", pkgAtVersion)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOWORK=off", "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install %s: %v\n%s", pkgAtVersion, err, out)
	}
	name, _, _ := strings.Cut(filepath.Base(pkgAtVersion), "@")
	return filepath.Join(dir, name)
}

// Contest times two commands in alternation, rounds times each, running
// prepare before every run (untimed), and returns the median durations.
func Contest(t testing.TB, rounds int, prepare func(), ours, theirs func() error) (oursMedian, theirsMedian time.Duration) {
	t.Helper()
	var a, b []time.Duration
	for i := 0; i < rounds; i++ {
		a = append(a, timed(t, prepare, ours))
		b = append(b, timed(t, prepare, theirs))
	}
	return median(a), median(b)
}

func timed(t testing.TB, prepare func(), run func() error) time.Duration {
	prepare()
	start := time.Now()
	if err := run(); err != nil {
		t.Fatal(err)
	}
	return time.Since(start)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
