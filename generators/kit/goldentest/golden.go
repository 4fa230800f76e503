// Package goldentest is the one harness every generator's golden tests use:
// it lists the cases under testdata/<generator>/, compares generated files
// with the committed ones (or rewrites them with -update), checks that
// errors carry the position and message a case's `// want` comments expect,
// and vets the cases so that every golden output is known to compile.
package goldentest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Root returns the module root, found from the working directory of the
// test (a package directory somewhere below it).
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// Cases returns the absolute paths of the case directories directly under
// dir, sorted; `./testdata/...` matches no packages, so the harness lists
// them itself.
func Cases(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out
}

// Compare checks got against the golden file at path, or with update
// rewrites the file. A missing golden is a failure unless updating.
func Compare(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: no golden file (run go test with -update to create it): %v", path, err)
		return
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the generated output (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// Vet runs `go vet` on the given package directories, which proves that
// their golden outputs compile.
func Vet(t testing.TB, root string, dirs ...string) {
	t.Helper()
	args := []string{"vet"}
	for _, d := range dirs {
		rel, err := filepath.Rel(root, d)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, "./"+filepath.ToSlash(rel))
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// ExtraArgs returns the flags in a case's args.txt (whitespace-separated),
// or none when it has no such file.
func ExtraArgs(t testing.TB, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "args.txt"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}

// Loads skips the test under -short: it loads packages (their
// dependencies parsed and type-checked from source, seconds a load),
// builds a command or runs an outside tool, which the inner loop
// (`go test -short ./...`) leaves to make test.
func Loads(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads packages or builds; skipped with -short (make test runs it)")
	}
}
