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
	"github.com/gengokit/gengokit/generators/kit/run"
)

// idlCase is a module whose shipped generated.proto files a run over it
// must give back.
type idlCase struct {
	module string
	// args returns the command line (--only-idl).
	args func(root string) []string
	// isProto accepts the files of the case, by path in the module.
	isProto func(rel string, _ []byte) bool
	files   int
}

// TestCompatAPIProtobufIDL is k8s.io/api v0.37.2's 60 generated.proto
// with Kubernetes' arguments (see runIDLCase); both binaries are timed.
func TestCompatAPIProtobufIDL(t *testing.T) {
	root := goldentest.Root(t)
	api, bin, up := runIDLCase(t, root, idlCase{module: "k8s.io/api", args: func(root string) []string { return apiArgs(root) }, isProto: isProto, files: 60})
	oursTime, theirs := goldentest.Contest(t, 3, func() {}, func() error {
		_, err := goldentest.RunIn(api, bin, apiArgs(root)...)
		return err
	}, func() error {
		_, err := goldentest.RunIn(api, up, apiArgs(root)...)
		return err
	})
	t.Logf("--only-idl over k8s.io/api, median wall: ours %v, upstream %v (%.2fx)", oursTime, theirs, float64(oursTime)/float64(theirs))
}

// TestCompatAPIMachineryProtobufIDL is k8s.io/apimachinery v0.37.2's 7
// generated.proto with upstream's default --apimachinery-packages (its
// '+' packages, +protobuf=true types, +protobuf.options, +protobuf.as,
// +protobuf.embed and casts of its own), as Kubernetes' invocation writes
// them.
func TestCompatAPIMachineryProtobufIDL(t *testing.T) {
	dirs := map[string]bool{"pkg/util/intstr": true, "pkg/runtime/schema": true, "pkg/runtime": true, "pkg/api/resource": true,
		"pkg/apis/meta/v1": true, "pkg/apis/meta/v1beta1": true, "pkg/apis/testapigroup/v1": true}
	runIDLCase(t, goldentest.Root(t), idlCase{
		module: "k8s.io/apimachinery",
		args: func(root string) []string {
			return []string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "--only-idl"}
		},
		isProto: func(rel string, _ []byte) bool { return path.Base(rel) == "generated.proto" && dirs[path.Dir(rel)] },
		files:   len(dirs),
	})
}

// runIDLCase copies c's module at v0.37.2 and runs our binary over it
// with c's arguments, its shipped generated.proto in place (their field
// numbers checked against the new ones: a real tree is accepted), and
// requires upstream's --only-idl output (the IDL upstream feeds protoc,
// gogoproto options kept). Then it generates both variants over one load
// in-process: without the options, the files the module ships; with them,
// upstream's again. It returns the copy and both binaries.
func runIDLCase(t *testing.T, root string, c idlCase) (dir, bin, up string) {
	dir = goldentest.CopyModule(t, c.module, "v0.37.2")
	shipped := goldentest.TakeFiles(t, dir, c.isProto)
	if len(shipped) != c.files {
		t.Fatalf("found %d shipped generated.proto, want %d", len(shipped), c.files)
	}
	putBack(t, dir, shipped)
	bin = goldentest.Build(t, root, "./cmd/go-to-protobuf")
	if out, err := goldentest.RunIn(dir, bin, c.args(root)...); err != nil {
		t.Fatalf("our go-to-protobuf --only-idl, the shipped files in place: %v\n%s", err, out)
	}
	ours := goldentest.TakeFiles(t, dir, c.isProto)
	up = goldentest.InstallUpstream(t, "k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2")
	if out, err := goldentest.RunIn(dir, up, c.args(root)...); err != nil {
		t.Fatalf("upstream go-to-protobuf: %v\n%s", err, out)
	}
	upstream := goldentest.TakeFiles(t, dir, c.isProto)
	putBack(t, dir, ours)
	if n := goldentest.CompareOutputs(t, dir, upstream, c.isProto); n != c.files {
		t.Errorf("our binary, --only-idl: %d/%d generated.proto identical to upstream's", n, c.files)
	}
	goldentest.TakeFiles(t, dir, c.isProto)
	goldentest.Enter(t, dir)
	for _, v := range []struct {
		name     string
		omitGogo bool
		want     map[string][]byte
	}{{"shipped (no gogoproto)", true, shipped}, {"upstream --only-idl --keep-gogoproto", false, upstream}} {
		writeFiles(t, idlFiles(t, c.args(root), v.omitGogo))
		if n := goldentest.CompareOutputs(t, dir, v.want, c.isProto); n != c.files {
			t.Errorf("%s: %d/%d generated.proto identical", v.name, n, c.files)
		}
		goldentest.TakeFiles(t, dir, c.isProto)
	}
	return dir, bin, up
}

// writeFiles writes files where their paths say.
func writeFiles(t *testing.T, files []run.File) {
	for _, f := range files {
		if err := os.WriteFile(f.Path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// putBack writes files (by path relative to root) back below root.
func putBack(t *testing.T, root string, files map[string][]byte) {
	for rel, data := range files {
		if err := os.WriteFile(filepath.Join(root, rel), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGoldensMatchUpstreamProtobuf runs upstream's go-to-protobuf v0.37.2
// over each golden case, in a copy of the repository laid out as a GOPATH
// (--output-dir its src), and requires every golden: with --only-idl its
// generated.proto files; then its whole pipeline (protoc, its
// protoc-gen-gogo, goimports) leaves the generated.shipped.proto goldens
// as generated.proto, each Go file as its .tagged golden and every
// generated.pb.go golden (our plugin's, see TestGoldenPipeline); with
// --drop-gogo-go=false, every generated.pb.go.gogo golden (see
// TestGoldenPipelineGogo). Skipped without protoc.
func TestGoldensMatchUpstreamProtobuf(t *testing.T) {
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not on PATH (install protobuf-compiler)")
	}
	root := goldentest.Root(t)
	repo := goldentest.CopyRepo(t, root)
	bins := goldentest.InstallUpstreams(t, upstreamBin, upstreamPlugin)
	goimports := goldentest.InstallUpstream(t, upstreamGoimports)
	t.Setenv("PATH", filepath.Dir(bins[upstreamPlugin])+string(os.PathListSeparator)+filepath.Dir(goimports)+string(os.PathListSeparator)+os.Getenv("PATH"))
	src := filepath.Join(t.TempDir(), "src")
	if err := os.MkdirAll(filepath.Join(src, "github.com", "gengokit"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(repo, filepath.Join(src, "github.com", "gengokit", "gengokit")); err != nil {
		t.Fatal(err)
	}
	full := []string{"--output-dir=" + src}
	for i, a := range protoImports(t) {
		if i%2 == 1 {
			full = append(full, "--proto-import="+a)
		}
	}
	for _, dir := range caseDirs(t, root) {
		rel, _ := filepath.Rel(root, dir)
		checkCaseUpstream(t, bins[upstreamBin], repo, filepath.Join(repo, rel), caseArgs(t, root, dir), full)
	}
}

// checkCaseUpstream runs upstream over one case (in the copy) twice, as
// TestGoldensMatchUpstreamProtobuf says.
func checkCaseUpstream(t *testing.T, up, repo, dir string, args, full []string) {
	renamed := func(suffix, to string) (map[string][]byte, func(string, []byte) bool) {
		want := map[string][]byte{}
		for rel, data := range goldentest.TakeFiles(t, dir, func(rel string, _ []byte) bool { return strings.HasSuffix(rel, suffix) }) {
			want[strings.TrimSuffix(rel, suffix)+to] = data
		}
		return want, func(rel string, _ []byte) bool { _, ok := want[rel]; return ok }
	}
	shipped, isShipped := renamed(".shipped.proto", ".proto")
	tagged, isTagged := renamed(".tagged", "")
	pbs, isPBGolden := renamed("generated.pb.go", "generated.pb.go")
	gogos, isGogo := renamed("generated.pb.go"+gogoSuffix, "generated.pb.go")
	idl := goldentest.TakeFiles(t, dir, func(rel string, _ []byte) bool { return path.Base(rel) == "generated.proto" })
	if out, err := goldentest.RunIn(repo, up, args...); err != nil {
		t.Fatalf("upstream --only-idl over %s: %v\n%s", dir, err, out)
	}
	if n := goldentest.CompareOutputs(t, dir, idl, func(rel string, _ []byte) bool { return path.Base(rel) == "generated.proto" }); n != len(idl) {
		t.Errorf("%s: upstream --only-idl: %d/%d generated.proto goldens identical", dir, n, len(idl))
	}
	var whole []string
	for _, a := range args {
		if a != "--only-idl" {
			whole = append(whole, a)
		}
	}
	if out, err := goldentest.RunIn(repo, up, append(whole, full...)...); err != nil {
		t.Fatalf("upstream's whole pipeline over %s: %v\n%s", dir, err, out)
	}
	if n := goldentest.CompareOutputs(t, dir, shipped, isShipped); n != len(shipped) {
		t.Errorf("%s: upstream's pipeline: %d/%d generated.shipped.proto goldens identical", dir, n, len(shipped))
	}
	if n := goldentest.CompareOutputs(t, dir, tagged, isTagged); n != len(tagged) {
		t.Errorf("%s: upstream's pipeline: %d/%d .tagged goldens identical", dir, n, len(tagged))
	}
	if n := goldentest.CompareOutputs(t, dir, pbs, isPBGolden); n != len(pbs) {
		t.Errorf("%s: upstream's pipeline: %d/%d generated.pb.go goldens identical", dir, n, len(pbs))
	}
	if out, err := goldentest.RunIn(repo, up, append(append(whole, full...), "--drop-gogo-go=false")...); err != nil {
		t.Fatalf("upstream's whole pipeline with --drop-gogo-go=false over %s: %v\n%s", dir, err, out)
	}
	if n := goldentest.CompareOutputs(t, dir, gogos, isGogo); n != len(gogos) {
		t.Errorf("%s: upstream's pipeline with --drop-gogo-go=false: %d/%d generated.pb.go.gogo goldens identical", dir, n, len(gogos))
	}
}
