package openapi_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

// goEnv is the environment the go command runs in over a module copy.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C")
}

// goOutput runs the go command in dir and returns its standard output.
func goOutput(t testing.TB, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// depsFinder resolves import paths to the directories of pkg's
// dependencies, listed once by go list in dir (as kube-codegen has them
// from its loaded packages); a path outside them is an error.
func depsFinder(t testing.TB, dir, pkg string) openapi.MethodFinder {
	t.Helper()
	dirs := map[string]string{}
	for _, line := range strings.Split(string(goOutput(t, dir, "list", "-deps", "-f", "{{.ImportPath}}\t{{.Dir}}", pkg)), "\n") {
		if path, d, ok := strings.Cut(line, "\t"); ok {
			dirs[path] = d
		}
	}
	return func(path string) (string, error) {
		if d, ok := dirs[path]; ok {
			return d, nil
		}
		return "", fmt.Errorf("%s is not a dependency of %s", path, pkg)
	}
}

// fromSource evaluates the generated file at path, and times it.
func fromSource(t testing.TB, path string, finder openapi.MethodFinder) ([]byte, time.Duration) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	data, err := openapi.ModelsSchemaFromSource(path, src, finder)
	took := time.Since(start)
	if err != nil {
		t.Fatalf("ModelsSchemaFromSource: %v", err)
	}
	return data, took
}

// sameBytes fails t when got is not want, showing where they part.
func sameBytes(t testing.TB, what string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-200)
	t.Errorf("%s: %d bytes evaluated, %d printed by the program; they part at byte %d:\nevaluated: ...%s\nprinted:   ...%s",
		what, len(got), len(want), i, got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
}

// TestModelsSchemaFromSourceSampleAPIServer compares the evaluation of
// k8s.io/sample-apiserver v0.37.2's shipped zz_generated.openapi.go with
// what its models-schema program prints, run in a copy of the module.
func TestModelsSchemaFromSourceSampleAPIServer(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and builds k8s.io/sample-apiserver")
	}
	mod := goldentest.CopyModule(t, "k8s.io/sample-apiserver", "v0.37.2")
	want := goOutput(t, mod, "run", "./pkg/generated/openapi/cmd/models-schema")
	finder := depsFinder(t, mod, "./pkg/generated/openapi")
	got, took := fromSource(t, filepath.Join(mod, "pkg/generated/openapi/zz_generated.openapi.go"), finder)
	sameBytes(t, "sample-apiserver", got, want)
	t.Logf("evaluated sample-apiserver's definitions (%d bytes of schema) in %v", len(got), took)
	if took > time.Second {
		t.Errorf("evaluation took %v, want well under a second", took)
	}
}
