package protobuf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/protobuf"
)

// pipelineRefused are the golden cases the protoc plugin refuses, with
// its error.
var pipelineRefused = map[string]string{
	// sortkeys.Int32s becomes sort.Int32s, which does not exist: refused
	// at the Go field.
	"keys": "keys/v1/types.go:11:2: field ByInt32 of Keyed: a map with int32 keys: with --drop-gogo-go (the default)",
}

// TestGoldenPipeline runs the whole command (protoc and the plugin) over
// each golden case: every generated.pb.go must equal its golden (which the
// case's packages compile with, see TestGolden), generated.proto the IDL
// that ships and the Go files their .tagged goldens; a case without a
// generated.pb.go golden fails. Skipped without protoc.
func TestGoldenPipeline(t *testing.T) {
	goldentest.Loads(t)
	needProtoc(t)
	root := goldentest.Root(t)
	imports := protoImports(t)
	for _, dir := range caseDirs(t, root) {
		if files, ok := runPipeline(t, root, dir, imports, pipelineRefused); ok {
			comparePipeline(t, dir, files)
		}
	}
}

// runPipeline runs the whole command over the golden case in dir (its
// arguments without --only-idl, protoc's imports, then extra) and returns
// its files; for a case in refused, whose error it checks, it returns
// false.
func runPipeline(t *testing.T, root, dir string, imports []string, refused map[string]string, extra ...string) ([]run.File, bool) {
	var args []string
	for _, a := range caseArgs(t, root, dir) {
		if a != "--only-idl" {
			args = append(args, a)
		}
	}
	for i := 1; i < len(imports); i += 2 {
		args = append(args, "--proto-import="+imports[i])
	}
	files, err := cli.Generate(protobuf.NewCommand(), append(args, extra...))
	if want, ok := refused[filepath.Base(dir)]; ok {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v; want the plugin's %q", dir, err, want)
		}
		return nil, false
	}
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return files, true
}

// comparePipeline compares a run's files with the goldens of their kind
// and requires a generated.pb.go beside each generated.proto golden.
func comparePipeline(t *testing.T, dir string, files []run.File) {
	generated := map[string]bool{}
	for _, f := range files {
		switch name := filepath.Base(f.Path); {
		case name == "generated.pb.go":
			compare(t, []run.File{f}, "", generated)
		case name == "generated.proto":
			compare(t, []run.File{f}, shippedSuffix, generated)
		default:
			compare(t, []run.File{f}, taggedSuffix, generated)
		}
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.Name() != "generated.proto" {
			return err
		}
		if pb := filepath.Join(filepath.Dir(path), "generated.pb.go"); !generated[pb] {
			t.Errorf("%s: no generated.pb.go was generated", filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
