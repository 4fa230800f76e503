package gettool

import (
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/semver"
)

// ourModule is the module path users `go get -tool` our commands from.
const ourModule = "github.com/gengokit/gengokit"

// moreThanUpstream returns a message for each module that ours select at
// a higher version than upstream's, or that upstream's do not select.
func moreThanUpstream(upstream, ours map[string]string) []string {
	var problems []string
	for _, m := range slices.Sorted(maps.Keys(ours)) {
		up, ok := upstream[m]
		switch {
		case !ok:
			problems = append(problems, m+": ours select "+ours[m]+", upstream's do not select it at all")
		case semver.Compare(ours[m], up) > 0:
			problems = append(problems, m+": ours move it to "+ours[m]+", upstream's only to "+up)
		}
	}
	return problems
}

// TestMoreThanUpstream checks the comparison itself on made-up lists.
func TestMoreThanUpstream(t *testing.T) {
	upstream := map[string]string{"k8s.io/apimachinery": "v0.37.2", "k8s.io/client-go": "v0.34.1"}
	ours := map[string]string{"k8s.io/apimachinery": "v0.37.2", "k8s.io/client-go": "v0.37.2", "k8s.io/api": "v0.37.2"}
	got := moreThanUpstream(upstream, ours)
	want := []string{
		"k8s.io/api: ours select v0.37.2, upstream's do not select it at all",
		"k8s.io/client-go: ours move it to v0.37.2, upstream's only to v0.34.1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := moreThanUpstream(ours, upstream); len(got) != 0 {
		t.Errorf("lower versions reported: %q", got)
	}
}

// goCmd runs the go command in dir, outside any workspace and free to
// update go.mod, and returns its standard output.
func goCmd(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, stderr.String())
	}
	return string(out)
}

// copyTree copies the files below src to dst, leaving out .git and bin.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() && (rel == ".git" || rel == "bin") {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ourCommands returns the package of every command under cmd/; with
// mainModuleOnly, not those that are modules of their own (crd-check,
// which brings in the API server's modules and so is never pulled in by
// a go get -tool of ours).
func ourCommands(t *testing.T, root string, mainModuleOnly bool) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(root, "cmd"))
	if err != nil {
		t.Fatal(err)
	}
	var cmds []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(root, "cmd", e.Name(), "go.mod")); err == nil && mainModuleOnly {
			continue
		}
		cmds = append(cmds, ourModule+"/cmd/"+e.Name())
	}
	if len(cmds) == 0 {
		t.Fatal("no commands under cmd/")
	}
	return cmds
}
