//go:build compat

package openapi_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// The models schema checks over whole Kubernetes modules: they generate
// and compile the definitions of k8s.io/api and two aggregated API
// servers, minutes of work, so they are part of make compat (build tag
// compat), not make test.

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
