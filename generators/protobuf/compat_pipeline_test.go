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

// apiMachineryDirs are the packages of upstream's default
// --apimachinery-packages, by directory in k8s.io/apimachinery.
var apiMachineryDirs = []string{"pkg/util/intstr", "pkg/api/resource", "pkg/runtime/schema", "pkg/runtime",
	"pkg/apis/meta/v1", "pkg/apis/meta/v1beta1", "pkg/apis/testapigroup/v1"}

// pipelinePackages returns the directories, relative to the workspace's
// src/, of the packages a Kubernetes-like run generates for.
func pipelinePackages() map[string]bool {
	dirs := map[string]bool{}
	for _, p := range goldentest.KubeAPIPackages() {
		dirs[p] = true
	}
	for _, d := range apiMachineryDirs {
		dirs["k8s.io/apimachinery/"+d] = true
	}
	return dirs
}

// inPackages returns a filter of the files below src/ in dirs whose base
// name base accepts.
func inPackages(dirs map[string]bool, base func(name string) bool) func(rel string, _ []byte) bool {
	return func(rel string, _ []byte) bool {
		dir, ok := strings.CutPrefix(path.Dir(rel), "src/")
		return ok && dirs[dir] && base(path.Base(rel))
	}
}

// TestCompatAPIProtobuf is k8s.io/api v0.37.2's 60 generated.proto and 60
// generated.pb.go, and k8s.io/apimachinery's 7 and 7, deleted first and
// written by our binary's whole pipeline (protoc, our plugin) in one run,
// as Kubernetes' invocation (shared/COMPAT.md, api-protobuf) writes them:
// both modules side by side under src/ in a workspace, --output-dir and
// --proto-import src/, upstream's default --apimachinery-packages (so
// apimachinery's IDL with its gogoproto options comes from the same run,
// not from a fixture) and gogo v1.3.2's gogo.proto on protoc's path. The
// struct tag rewrite must leave every other Go file of those packages as
// it is. Skipped without protoc.
func TestCompatAPIProtobuf(t *testing.T) {
	needProtoc(t)
	root := goldentest.Root(t)
	work := t.TempDir()
	src := filepath.Join(work, "src")
	for _, mod := range []string{"k8s.io/api", "k8s.io/apimachinery"} {
		goldentest.CopyModuleTo(t, mod, "v0.37.2", filepath.Join(src, mod))
	}
	goWork(t, work, "./src/k8s.io/api", "./src/k8s.io/apimachinery")
	dirs := pipelinePackages()
	isProtoFile := inPackages(dirs, func(n string) bool { return n == "generated.proto" })
	isPBFile := inPackages(dirs, func(n string) bool { return n == "generated.pb.go" })
	isGoFile := inPackages(dirs, func(n string) bool {
		return strings.HasSuffix(n, ".go") && !strings.HasPrefix(n, "zz_generated") && n != "generated.pb.go"
	})
	protos := goldentest.TakeFiles(t, work, isProtoFile)
	pbs := goldentest.TakeFiles(t, work, isPBFile)
	if len(protos) != len(dirs) || len(pbs) != len(dirs) {
		t.Fatalf("found %d generated.proto and %d generated.pb.go, want %d and %d", len(protos), len(pbs), len(dirs), len(dirs))
	}
	gofiles := goldentest.TakeFiles(t, work, isGoFile)
	putBack(t, work, gofiles)
	args := []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "--output-dir=" + src,
		"--proto-import=" + src, "--proto-import=" + gogoImport(t), "--packages=" + strings.Join(goldentest.KubeAPIPackages(), ",")}
	bin := goldentest.Build(t, root, "./cmd/go-to-protobuf")
	cmd := exec.Command(bin, args...)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOWORK="+filepath.Join(work, "go.work"), "GOFLAGS=", "GOTOOLCHAIN=local", "LC_ALL=C")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("our go-to-protobuf: %v\n%s", err, out)
	}
	nProto := goldentest.CompareOutputs(t, work, protos, isProtoFile)
	nPB := goldentest.CompareOutputs(t, work, pbs, isPBFile)
	nGo := goldentest.CompareOutputs(t, work, gofiles, isGoFile)
	t.Logf("k8s.io/api and k8s.io/apimachinery: %d/%d generated.proto, %d/%d generated.pb.go identical; %d/%d Go files unchanged",
		nProto, len(dirs), nPB, len(dirs), nGo, len(gofiles))
	if nProto != len(dirs) || nPB != len(dirs) || nGo != len(gofiles) {
		t.Errorf("want every generated file identical and every Go file unchanged")
	}
}

// goWork writes dir/go.work using the given module directories.
func goWork(t *testing.T, dir string, modules ...string) {
	cmd := exec.Command("go", append([]string{"work", "init"}, modules...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=", "GOFLAGS=", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go work init: %v\n%s", err, out)
	}
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
