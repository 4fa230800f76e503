package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// interruptModule is a scratch module with three API packages, each of
// which gets a deep-copy file.
func interruptModule(t *testing.T) *goldentest.Scratch {
	files := map[string]string{}
	for _, v := range []string{"v1", "v2", "v3"} {
		files["pkg/apis/"+v+"/doc.go"] = "// +k8s:deepcopy-gen=package\npackage " + v + "\n"
		files["pkg/apis/"+v+"/types.go"] = "package " + v + "\n\ntype Widget struct {\n\tTags []string\n}\n"
	}
	return goldentest.NewScratch(t, "example.com/interrupt", files)
}

// outputs returns the three deep-copy files and every temporary file
// beside them.
func outputs(t *testing.T, dir string) (files map[string]string, temps []string) {
	t.Helper()
	files = map[string]string{}
	for _, v := range []string{"v1", "v2", "v3"} {
		pkg := filepath.Join(dir, "pkg/apis", v)
		entries, err := os.ReadDir(pkg)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp") {
				temps = append(temps, filepath.Join(pkg, e.Name()))
			}
		}
		data, _ := os.ReadFile(filepath.Join(pkg, "zz_generated.deepcopy.go"))
		files[v] = string(data)
	}
	return files, temps
}

// buildSlow builds deepcopy-gen with the gengokit_slowstage tag, which
// slows the staging of each file so that a run can be interrupted while it
// writes.
func buildSlow(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "deepcopy-gen")
	cmd := exec.Command("go", "build", "-tags", "gengokit_slowstage", "-o", bin, "./cmd/deepcopy-gen")
	cmd.Dir = goldentest.Root(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startSlowRun starts the slow deepcopy-gen over the module and returns
// once it is writing (a temporary file of its own exists).
func startSlowRun(t *testing.T, bin, dir string, stderr *bytes.Buffer) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, "--output-file", "zz_generated.deepcopy.go", "./pkg/apis/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		mine := ".tmp-" + strconv.Itoa(cmd.Process.Pid) + "-"
		if _, temps := outputs(t, dir); slices.ContainsFunc(temps, func(p string) bool { return strings.Contains(p, mine) }) {
			return cmd
		}
	}
	cmd.Process.Kill()
	t.Fatalf("deepcopy-gen never started writing:\n%s", stderr)
	return nil
}

// TestInterruptedWrite interrupts deepcopy-gen while it writes: after
// SIGINT or SIGTERM it exits 1, every output holds its old bytes and no
// temporary file is left; after SIGKILL the next run removes what the
// killed one left and writes the new bytes.
func TestInterruptedWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs deepcopy-gen several times; skipped with -short")
	}
	bin := buildSlow(t)
	s := interruptModule(t)
	if out, code := s.Run(bin, "--output-file", "zz_generated.deepcopy.go", "./pkg/apis/..."); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, out)
	}
	fresh, _ := outputs(t, s.Dir)
	if !strings.Contains(fresh["v1"], "func (in *Widget) DeepCopyInto") {
		t.Fatalf("the first run wrote no deep-copy file:\n%s", fresh["v1"])
	}
	stale := map[string]string{}
	for v, data := range fresh {
		stale[v] = data + "// an older version\n"
	}
	writeOutputs := func() {
		for v, data := range stale {
			s.Write("pkg/apis/"+v+"/zz_generated.deepcopy.go", data)
		}
	}
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		writeOutputs()
		var stderr bytes.Buffer
		cmd := startSlowRun(t, bin, s.Dir, &stderr)
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("%v: %v, stderr %q; want exit 1 saying it was interrupted", sig, err, stderr.String())
		}
		checkTree(t, s.Dir, sig.String(), stale)
	}
	writeOutputs()
	var stderr bytes.Buffer
	cmd := startSlowRun(t, bin, s.Dir, &stderr)
	cmd.Process.Kill()
	cmd.Wait()
	if _, temps := outputs(t, s.Dir); len(temps) == 0 {
		t.Fatal("SIGKILL while writing left no temporary file: the test did not interrupt the write")
	}
	if out, code := s.Run(bin, "--output-file", "zz_generated.deepcopy.go", "./pkg/apis/..."); code != 0 {
		t.Fatalf("run after SIGKILL: exit %d\n%s", code, out)
	}
	checkTree(t, s.Dir, "the run after SIGKILL", fresh)
}

// checkTree requires the outputs to be want and no temporary file left.
func checkTree(t *testing.T, dir, after string, want map[string]string) {
	t.Helper()
	got, temps := outputs(t, dir)
	if len(temps) > 0 {
		t.Errorf("after %s: temporary files left: %q", after, temps)
	}
	for v := range want {
		if got[v] != want[v] {
			t.Errorf("after %s: %s/zz_generated.deepcopy.go is neither untouched nor what was expected", after, v)
		}
	}
}
