//go:build compat

package protobuf_test

import (
	"path"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// isTypes accepts the Go files of the 60 packages that are not generated.
func isTypes(rel string, _ []byte) bool {
	return strings.HasSuffix(rel, ".go") && !strings.HasPrefix(path.Base(rel), "zz_generated") &&
		path.Base(rel) != "generated.pb.go" && strings.Count(rel, "/") == 2
}

// TestCompatAPIProtobuf is k8s.io/api v0.37.2's 60 generated.proto and 60
// generated.pb.go, deleted first and written by our binary's whole
// pipeline (protoc, our plugin) with Kubernetes' arguments
// (shared/COMPAT.md, api-protobuf) adapted to a copy of the module:
// --output-dir the copy, apimachinery's packages read with '-', and on
// protoc's import path gogo v1.3.2's gogo.proto and apimachinery's IDL as
// upstream feeds protoc (the plugin's fixtures; k8s.io/api's IDL is the
// run's own). The struct tag rewrite
// must leave the shipped Go files as they are. Skipped without protoc.
func TestCompatAPIProtobuf(t *testing.T) {
	needProtoc(t)
	root := goldentest.Root(t)
	dir := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	protos := goldentest.TakeFiles(t, dir, isProto)
	pbs := goldentest.TakeFiles(t, dir, isPB)
	if len(protos) != 60 || len(pbs) != 60 {
		t.Fatalf("found %d generated.proto and %d generated.pb.go, want 60 and 60", len(protos), len(pbs))
	}
	gofiles := goldentest.TakeFiles(t, dir, isTypes)
	putBack(t, dir, gofiles)
	var args []string
	for _, a := range apiArgs(root) {
		if a != "--only-idl" {
			args = append(args, a)
		}
	}
	args = append(args, "--proto-import="+gogoImport(t), "--proto-import="+apiMachineryIDL(t, root))
	bin := goldentest.Build(t, root, "./cmd/go-to-protobuf")
	if out, err := goldentest.RunIn(dir, bin, args...); err != nil {
		t.Fatalf("our go-to-protobuf: %v\n%s", err, out)
	}
	nProto := goldentest.CompareOutputs(t, dir, protos, isProto)
	nPB := goldentest.CompareOutputs(t, dir, pbs, isPB)
	nGo := goldentest.CompareOutputs(t, dir, gofiles, isTypes)
	t.Logf("k8s.io/api: %d/60 generated.proto, %d/60 generated.pb.go identical; %d/%d Go files unchanged", nProto, nPB, nGo, len(gofiles))
	if nProto != 60 || nPB != 60 || nGo != len(gofiles) {
		t.Errorf("want 60/60, 60/60 and every Go file unchanged")
	}
}
