package openapi_test

import (
	"bytes"
	"fmt"
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

// regenerate writes, with our openapi-gen, the definitions file at rel
// (import path pkg) of the module at mod again, over the packages it has
// definitions of, and returns the models schema of the run.
func regenerate(t testing.TB, mod, rel, pkg string) []byte {
	t.Helper()
	root := goldentest.Root(t)
	args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", filepath.Base(rel), "--output-dir", filepath.Dir(rel), "--output-pkg", pkg,
		"--report-filename", filepath.Join(t.TempDir(), "report")}
	args = append(args, definedPackages(t, filepath.Join(mod, rel))...)
	files, schema, took := generate(t, mod, args)
	for _, f := range files {
		if err := os.WriteFile(f.Path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%s: generated, with a %d-byte models schema, in %v", pkg, len(schema), took)
	return schema
}

// TestModelsSchemaSampleAPIServer compares the models schema of
// k8s.io/sample-apiserver v0.37.2's definitions with what its
// models-schema program prints over the shipped definitions.
func TestModelsSchemaSampleAPIServer(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and builds k8s.io/sample-apiserver")
	}
	mod := goldentest.CopyModule(t, "k8s.io/sample-apiserver", "v0.37.2")
	want := goOutput(t, mod, "run", "./pkg/generated/openapi/cmd/models-schema")
	_, got, _ := generate(t, mod, sampleAPIServerArgs(mod))
	sameBytes(t, "sample-apiserver", got, want)
}

// TestModelsSchemaExample compares the models schema of the example's
// definitions with the one its models-schema program wrote (make
// generate).
func TestModelsSchemaExample(t *testing.T) {
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

// TestModelsSchemaModules regenerates the definitions of modules that
// ship definitions of many apimachinery types with custom methods, and
// compares the models schema of the run with what a models-schema program
// compiled against the written definitions prints.
func TestModelsSchemaModules(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and builds Kubernetes modules")
	}
	for _, module := range []string{"k8s.io/kube-aggregator", "k8s.io/apiextensions-apiserver"} {
		t.Run(filepath.Base(module), func(t *testing.T) {
			mod := goldentest.CopyModule(t, module, "v0.37.2")
			pkg := module + "/pkg/generated/openapi"
			got := regenerate(t, mod, "pkg/generated/openapi/zz_generated.openapi.go", pkg)
			sameBytes(t, module, got, programSchema(t, mod, pkg))
		})
	}
}

// TestModelsSchemaKubeAPI generates the definitions of the 60 API
// packages of k8s.io/api v0.37.2 (what k8s.io/kubernetes'
// pkg/generated/openapi holds of them) into a copy of the module, and
// compares the models schema of the run with what a models-schema program
// compiled against them prints.
func TestModelsSchemaKubeAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and builds the definitions of k8s.io/api")
	}
	root := goldentest.Root(t)
	mod := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	pkg := "k8s.io/api/pkg/generated/openapi"
	args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
		"--output-file", "zz_generated.openapi.go", "--output-dir", "pkg/generated/openapi",
		"--output-pkg", pkg, "--report-filename", filepath.Join(t.TempDir(), "api_violations.report")}
	for _, v := range goldentest.KubeAPIVersions() {
		args = append(args, "./"+v)
	}
	files, got, took := generate(t, mod, args)
	for _, f := range files {
		if err := os.MkdirAll(filepath.Dir(f.Path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.Path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sameBytes(t, "k8s.io/api", got, programSchema(t, mod, pkg))
	t.Logf("k8s.io/api (60 packages): %d bytes of schema, generated in %v", len(got), took)
}
