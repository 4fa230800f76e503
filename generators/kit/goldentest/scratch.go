package goldentest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Scratch is a new user's module in a temporary directory: an API module
// that requires k8s.io/apimachinery, as a CRD or aggregated API server
// project does.
type Scratch struct {
	t testing.TB
	// Dir is the module's root.
	Dir string
}

// NewScratch writes a module named module with the given files (relative
// path to content) into a temporary directory. Its go.mod requires
// k8s.io/apimachinery and k8s.io/client-go as the examples module does, and
// its go.sum joins ours and the examples module's (client-go's sums are
// there), so that loading needs nothing the module cache does not have.
func NewScratch(t testing.TB, module string, files map[string]string) *Scratch {
	t.Helper()
	s := &Scratch{t: t, Dir: t.TempDir()}
	s.Write("go.mod", "module "+module+"\n\ngo 1.26\n\nrequire (\n\tk8s.io/apimachinery v0.37.2\n\tk8s.io/client-go v0.37.2\n)\n")
	var sums []byte
	for _, rel := range []string{"go.sum", "examples/go.sum"} {
		sum, err := os.ReadFile(filepath.Join(Root(t), rel))
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, sum...)
	}
	s.Write("go.sum", string(sums))
	for rel, content := range files {
		s.Write(rel, content)
	}
	return s
}

// Write writes content to the file at rel, making its directory.
func (s *Scratch) Write(rel, content string) {
	s.t.Helper()
	path := filepath.Join(s.Dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// Run runs bin with args in the module and returns its combined output and
// exit code.
func (s *Scratch) Run(bin string, args ...string) (string, int) {
	s.t.Helper()
	out, err := RunIn(s.Dir, bin, args...)
	if ee, ok := err.(*exec.ExitError); ok {
		return out, ee.ExitCode()
	}
	if err != nil {
		s.t.Fatal(err)
	}
	return out, 0
}

// Files returns every file below rel (relative to the module root) by its
// path relative to rel.
func (s *Scratch) Files(rel string) map[string][]byte {
	s.t.Helper()
	root := filepath.Join(s.Dir, rel)
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(root, path)
		out[filepath.ToSlash(r)] = data
		return nil
	})
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// Enter makes the module the test's working directory, with the
// environment RunIn gives a binary (no workspace, go.mod updated as
// needed), so that a test loads its packages in-process as a binary run
// there would.
func Enter(t testing.TB, dir string) {
	t.Helper()
	t.Chdir(dir)
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
}
