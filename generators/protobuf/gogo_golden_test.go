package protobuf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// gogoSuffix marks the golden of a generated.pb.go written with
// --drop-gogo-go=false (upstream's, see TestGoldensMatchUpstreamProtobuf).
const gogoSuffix = ".gogo"

// gogoRefused are the golden cases the plugin refuses with
// --drop-gogo-go=false too, with its error: none today (the cases whose
// upstream output does not compile are error cases).
var gogoRefused = map[string]string{}

// TestGoldenPipelineGogo runs the whole command with --drop-gogo-go=false
// over each golden case: every generated.pb.go must equal its .gogo golden
// and a case without one fails; then the case's packages, with the
// rewritten Go files and that code, must compile in a module that
// requires github.com/gogo/protobuf v1.3.2 (a copy of this one). Skipped
// without protoc.
func TestGoldenPipelineGogo(t *testing.T) {
	goldentest.Loads(t)
	needProtoc(t)
	root := goldentest.Root(t)
	imports := protoImports(t)
	for _, dir := range caseDirs(t, root) {
		if files, ok := runPipeline(t, root, dir, imports, gogoRefused, "--drop-gogo-go=false"); ok {
			compareGogo(t, dir, files)
			compileGogo(t, root, dir, files)
		}
	}
}

// compareGogo compares each generated.pb.go with its .gogo golden and
// requires one beside each generated.proto golden.
func compareGogo(t *testing.T, dir string, files []run.File) {
	generated := map[string]bool{}
	for _, f := range files {
		if filepath.Base(f.Path) == "generated.pb.go" {
			compare(t, []run.File{f}, gogoSuffix, generated)
		}
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.Name() != "generated.proto" {
			return err
		}
		if pb := filepath.Join(filepath.Dir(path), "generated.pb.go"+gogoSuffix); !generated[pb] {
			t.Errorf("%s: no generated.pb.go was generated", filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// compileGogo vets the case in a copy of this module that also requires
// github.com/gogo/protobuf, with the run's files in place of the case's.
func compileGogo(t *testing.T, root, dir string, files []run.File) {
	tmp := t.TempDir()
	if err := copyTo(filepath.Join(root, "go.sum"), filepath.Join(tmp, "go.sum")); err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mod = append(mod, "\nrequire github.com/gogo/protobuf v1.3.2\n"...)
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), mod, 0o644); err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(root, dir)
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go") || d.Name() == "generated.pb.go" {
			return err
		}
		r, _ := filepath.Rel(root, path)
		return copyTo(path, filepath.Join(tmp, r))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		r, _ := filepath.Rel(root, f.Path)
		if err := os.WriteFile(filepath.Join(tmp, r), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOWORK", "off")
	// The proto build tag, which go-to-protobuf loads with: the "all"
	// case declares a type under it, which generated.pb.go uses.
	t.Setenv("GOFLAGS", "-mod=mod -tags=proto")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOSUMDB", "off")
	goldentest.Vet(t, tmp, filepath.Join(tmp, rel)+"/...")
}
