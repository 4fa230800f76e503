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
	// Upstream's generated.pb.go for this case does not compile (shop's
	// uint Size2 is read as a uint64, common's nullable Tags gets a String
	// reading this.Items, shop's field Size becomes m.Size_): the command
	// and the plugin say so instead, the first at the Go field.
	"all": "shop/v1/types.go:63:2: field Size2 of WidgetSpec: Go type uint is written as protobuf's uint64 without a cast",
	// sortkeys.Int32s becomes sort.Int32s, which does not exist.
	"keys": "map keys of type int32: Kubernetes' pipeline with --drop-gogo-go (the default) writes sort.Int32s",
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
		var args []string
		for _, a := range caseArgs(t, root, dir) {
			if a != "--only-idl" {
				args = append(args, a)
			}
		}
		for i := 1; i < len(imports); i += 2 {
			args = append(args, "--proto-import="+imports[i])
		}
		files, err := cli.Generate(protobuf.NewCommand(), args)
		if want, refused := pipelineRefused[filepath.Base(dir)]; refused {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: err = %v; want the plugin's %q", dir, err, want)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		comparePipeline(t, dir, files)
	}
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
