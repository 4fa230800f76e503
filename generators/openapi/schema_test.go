package openapi_test

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/openapi"
)

// goOutput runs the go command in dir and returns its standard output.
func goOutput(t testing.TB, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// generate runs openapi-gen with args in dir, in-process, and returns the
// files it generates and the models schema of its definitions.
func generate(t testing.TB, dir string, args []string) ([]run.File, []byte, time.Duration) {
	t.Helper()
	t.Chdir(dir)
	a := openapi.NewArgs()
	var schema []byte
	var schemaErr error
	a.OnModelsSchema = func(data []byte, err error) { schema, schemaErr = data, err }
	start := time.Now()
	files, err := cli.Generate(openapi.Command(a), args)
	took := time.Since(start)
	if err == nil {
		err = schemaErr
	}
	if err != nil {
		t.Fatalf("openapi-gen %s: %v", strings.Join(args, " "), err)
	}
	return files, schema, took
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
	t.Errorf("%s: %d bytes from the model, %d printed by the program; they part at byte %d:\nmodel:   ...%s\nprinted: ...%s",
		what, len(got), len(want), i, got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
}

// definedPackages returns the packages a generated definitions file has
// definitions of: its imports, kube-openapi's and k8s.io/utils' left out.
func definedPackages(t testing.TB, path string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range f.Imports {
		p, _ := strconv.Unquote(s.Path.Value)
		if !strings.HasPrefix(p, "k8s.io/kube-openapi/") && !strings.HasPrefix(p, "k8s.io/utils/") {
			out = append(out, p)
		}
	}
	return out
}

// TestModelsSchemaExample compares the models schema of the example's
// definitions with the one its models-schema program wrote (make
// generate).
func TestModelsSchemaExample(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	dir := filepath.Join(root, "examples/network/pkg/generated/openapi")
	want, err := os.ReadFile(filepath.Join(dir, "models-schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", "zz_generated.openapi.go", "--output-dir", dir, "--output-pkg", "example.com/network/pkg/generated/openapi",
		"--report-filename", filepath.Join(t.TempDir(), "report")}
	_, got, _ := generate(t, filepath.Join(root, "examples"), append(args, definedPackages(t, filepath.Join(dir, "zz_generated.openapi.go"))...))
	sameBytes(t, "examples/network", got, want)
}
