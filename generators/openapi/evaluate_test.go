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

// TestModelsSchemaFromSourceExample compares the evaluation of the
// example's generated definitions with the schema its models-schema
// program wrote (make generate).
func TestModelsSchemaFromSourceExample(t *testing.T) {
	root := goldentest.Root(t)
	dir := filepath.Join(root, "examples/network/pkg/generated/openapi")
	want, err := os.ReadFile(filepath.Join(dir, "models-schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	finder := depsFinder(t, filepath.Join(root, "examples"), "./network/pkg/generated/openapi") // a module of its own
	got, _ := fromSource(t, filepath.Join(dir, "zz_generated.openapi.go"), finder)
	sameBytes(t, "examples/network", got, want)
}

// modelsSchemaMain is a program that prints the models schema of the
// definitions of package %s, as sample-apiserver's models-schema does.
const modelsSchemaMain = `package main

import (
	"encoding/json"
	"os"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"

	defs %q
)

func main() {
	ref := func(name string) spec.Ref { return spec.MustCreateRef("#/definitions/" + name) }
	schemas := map[string]spec.Schema{}
	for name, def := range defs.GetOpenAPIDefinitions(ref) {
		s := def.Schema
		if v2, ok := s.Extensions[common.ExtensionV2Schema].(spec.Schema); ok {
			s = v2
		}
		schemas[name] = s
	}
	info := &spec.Info{InfoProps: spec.InfoProps{Title: "Kubernetes", Version: "unversioned"}}
	data, err := json.Marshal(&spec.Swagger{SwaggerProps: spec.SwaggerProps{Swagger: "2.0", Info: info, Definitions: schemas}})
	if err != nil {
		os.Stderr.WriteString(err.Error())
		os.Exit(1)
	}
	os.Stdout.Write(data)
}
`

// TestModelsSchemaFromSourceModules compares, for modules that ship
// definitions of many apimachinery types with custom methods, the
// evaluation of their zz_generated.openapi.go with what a models-schema
// program written into a copy of the module prints.
func TestModelsSchemaFromSourceModules(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and builds Kubernetes modules")
	}
	for _, module := range []string{"k8s.io/kube-aggregator", "k8s.io/apiextensions-apiserver"} {
		t.Run(filepath.Base(module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, module, "v0.37.2")
			pkg := module + "/pkg/generated/openapi"
			want := programSchema(t, mod, pkg)
			got, took := fromSource(t, filepath.Join(mod, "pkg/generated/openapi/zz_generated.openapi.go"), depsFinder(t, mod, pkg))
			sameBytes(t, module, got, want)
			t.Logf("%s: %d bytes, evaluated in %v", module, len(got), took)
		})
	}
}

// programSchema writes a models-schema program for the definitions of
// package pkg into the module copy at mod, runs it and returns its output.
func programSchema(t *testing.T, mod, pkg string) []byte {
	t.Helper()
	main := filepath.Join(mod, "pkg/generated/openapi/cmd/gengokit-models-schema/main.go")
	if err := os.MkdirAll(filepath.Dir(main), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(main, fmt.Appendf(nil, modelsSchemaMain, pkg), 0o644); err != nil {
		t.Fatal(err)
	}
	return goOutput(t, mod, "run", "./pkg/generated/openapi/cmd/gengokit-models-schema")
}

// TestModelsSchemaFromSourceKubeAPI generates, with our openapi-gen, the
// definitions of the 60 API packages of k8s.io/api v0.37.2 (what
// k8s.io/kubernetes' pkg/generated/openapi holds of them) into a copy of
// the module, and compares their evaluation with what a models-schema
// program compiled against them prints.
func TestModelsSchemaFromSourceKubeAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and builds the definitions of k8s.io/api")
	}
	root := goldentest.Root(t)
	bin := goldentest.Build(t, root, "./cmd/openapi-gen")
	mod := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	pkg := "k8s.io/api/pkg/generated/openapi"
	args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", "zz_generated.openapi.go", "--output-dir", "pkg/generated/openapi",
		"--output-pkg", pkg, "--report-filename", filepath.Join(t.TempDir(), "api_violations.report")}
	for _, v := range goldentest.KubeAPIVersions() {
		args = append(args, "./"+v)
	}
	if out, err := goldentest.RunIn(mod, bin, args...); err != nil {
		t.Fatalf("openapi-gen: %v\n%s", err, out)
	}
	want := programSchema(t, mod, pkg)
	got, took := fromSource(t, filepath.Join(mod, "pkg/generated/openapi/zz_generated.openapi.go"), depsFinder(t, mod, pkg))
	sameBytes(t, "k8s.io/api", got, want)
	t.Logf("k8s.io/api (60 packages): %d bytes, evaluated in %v", len(got), took)
}
