//go:build compat

package protobuf_test

import (
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// isPB accepts the generated.pb.go of the 60 packages.
func isPB(rel string, _ []byte) bool {
	return path.Base(rel) == "generated.pb.go" && strings.Count(rel, "/") == 2
}

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

// apiMachineryIDL returns a --proto-import directory holding only
// k8s.io/apimachinery's IDL with the gogoproto options (the plugin's
// fixtures), so that k8s.io/api's IDL can come from nowhere but the run.
func apiMachineryIDL(t *testing.T, root string) string {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "k8s.io"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(root, "generators", "protobuf", "plugin", "testdata", "proto", "k8s.io", "apimachinery")
	if err := os.Symlink(src, filepath.Join(dir, "k8s.io", "apimachinery")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestCompatAPIProtobufGogo is k8s.io/api v0.37.2's 60 generated.pb.go
// with Kubernetes' arguments and --drop-gogo-go=false, the form Kubernetes
// shipped before 1.35: upstream's whole pipeline (protoc, its
// protoc-gen-gogo, goimports) and our binary, each over its own copy of
// the module with the same IDL on protoc's import path, must write the
// same files; then the module, requiring github.com/gogo/protobuf, must
// build with ours. Skipped without protoc.
func TestCompatAPIProtobufGogo(t *testing.T) {
	needProtoc(t)
	root := goldentest.Root(t)
	bins := goldentest.InstallUpstreams(t, upstreamBin, upstreamPlugin)
	goimports := goldentest.InstallUpstream(t, "golang.org/x/tools/cmd/goimports@v0.47.0")
	var args []string
	for _, a := range apiArgs(root, "--drop-gogo-go=false", "--proto-import="+gogoImport(t), "--proto-import="+apiMachineryIDL(t, root)) {
		if a != "--only-idl" {
			args = append(args, a)
		}
	}
	gopath := t.TempDir()
	up := filepath.Join(gopath, "k8s.io", "api")
	goldentest.CopyModuleTo(t, "k8s.io/api", "v0.37.2", up)
	goldentest.TakeFiles(t, up, isPB)
	upArgs := append(append([]string(nil), args...), "--output-dir", gopath)
	t.Setenv("PATH", filepath.Dir(bins[upstreamPlugin])+string(os.PathListSeparator)+filepath.Dir(goimports)+string(os.PathListSeparator)+os.Getenv("PATH"))
	if out, err := goldentest.RunIn(up, bins[upstreamBin], upArgs...); err != nil {
		t.Fatalf("upstream go-to-protobuf --drop-gogo-go=false: %v\n%s", err, out)
	}
	want := goldentest.TakeFiles(t, up, isPB)
	dir := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	goldentest.TakeFiles(t, dir, isPB)
	bin := goldentest.Build(t, root, "./cmd/go-to-protobuf")
	if out, err := goldentest.RunIn(dir, bin, args...); err != nil {
		t.Fatalf("our go-to-protobuf --drop-gogo-go=false: %v\n%s", err, out)
	}
	n := goldentest.CompareOutputs(t, dir, want, isPB)
	t.Logf("k8s.io/api --drop-gogo-go=false: %d/%d generated.pb.go identical to upstream's", n, len(want))
	if len(want) != 60 || n != 60 {
		t.Errorf("want 60/60")
	}
	putBack(t, dir, want)
	buildWithGogo(t, dir)
}

// buildWithGogo builds every package of the module at dir once it
// requires github.com/gogo/protobuf v1.3.2 (offline, from the module cache).
func buildWithGogo(t *testing.T, dir string) {
	f, err := os.OpenFile(filepath.Join(dir, "go.mod"), os.O_APPEND|os.O_WRONLY, 0)
	if err == nil {
		_, err = f.WriteString("\nrequire github.com/gogo/protobuf v1.3.2\n")
		f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build ./... with the generated code: %v\n%s", err, out)
	}
}
