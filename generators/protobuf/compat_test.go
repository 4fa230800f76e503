//go:build compat

package protobuf_test

import (
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/protobuf"
)

// apiMachineryRead is upstream's --apimachinery-packages with every entry
// read, not written ('-'): the module cache's apimachinery stays as it is,
// and k8s.io/api's files come out as with Kubernetes' own invocation (a
// '-' entry owns its types as an output one does).
const apiMachineryRead = "-k8s.io/apimachinery/pkg/util/intstr,-k8s.io/apimachinery/pkg/api/resource,-k8s.io/apimachinery/pkg/runtime/schema," +
	"-k8s.io/apimachinery/pkg/runtime,-k8s.io/apimachinery/pkg/apis/meta/v1,-k8s.io/apimachinery/pkg/apis/meta/v1beta1,-k8s.io/apimachinery/pkg/apis/testapigroup/v1"

// apiArgs are Kubernetes' arguments for k8s.io/api (shared/COMPAT.md,
// api-protobuf), with --only-idl and the apimachinery packages read only.
func apiArgs(root string, extra ...string) []string {
	return append([]string{"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "--output-dir", ".",
		"--apimachinery-packages=" + apiMachineryRead, "--packages=" + strings.Join(goldentest.KubeAPIPackages(), ","), "--only-idl"}, extra...)
}

// isProto accepts the generated.proto of the 60 packages.
func isProto(rel string, _ []byte) bool {
	return path.Base(rel) == "generated.proto" && strings.Count(rel, "/") == 2
}

// TestCompatAPIProtobufIDL runs our binary with Kubernetes' arguments
// and --only-idl over k8s.io/api v0.37.2, its shipped generated.proto in
// place (their field numbers checked against the new ones: a real tree is
// accepted), and requires upstream's --only-idl output (the IDL upstream
// feeds protoc, gogoproto options kept). Then it generates both variants
// over one load in-process: without the options, the 60 files the module
// ships; with them, upstream's again. Both binaries are timed.
func TestCompatAPIProtobufIDL(t *testing.T) {
	root := goldentest.Root(t)
	api := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	shipped := goldentest.TakeFiles(t, api, isProto)
	if len(shipped) != 60 {
		t.Fatalf("found %d shipped generated.proto, want 60", len(shipped))
	}
	putBack(t, api, shipped)
	bin := goldentest.Build(t, root, "./cmd/go-to-protobuf")
	if out, err := goldentest.RunIn(api, bin, apiArgs(root)...); err != nil {
		t.Fatalf("our go-to-protobuf --only-idl, the shipped files in place: %v\n%s", err, out)
	}
	ours := goldentest.TakeFiles(t, api, isProto)
	up := goldentest.InstallUpstream(t, "k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2")
	if out, err := goldentest.RunIn(api, up, apiArgs(root)...); err != nil {
		t.Fatalf("upstream go-to-protobuf: %v\n%s", err, out)
	}
	upstream := goldentest.TakeFiles(t, api, isProto)
	putBack(t, api, ours)
	if n := goldentest.CompareOutputs(t, api, upstream, isProto); n != 60 {
		t.Errorf("our binary, --only-idl: %d/60 generated.proto identical to upstream's", n)
	}
	goldentest.TakeFiles(t, api, isProto)
	compareVariants(t, root, api, shipped, upstream)
	oursTime, theirs := goldentest.Contest(t, 3, func() {}, func() error {
		_, err := goldentest.RunIn(api, bin, apiArgs(root)...)
		return err
	}, func() error {
		_, err := goldentest.RunIn(api, up, apiArgs(root)...)
		return err
	})
	t.Logf("--only-idl over k8s.io/api, median wall: ours %v, upstream %v (%.2fx)", oursTime, theirs, float64(oursTime)/float64(theirs))
}

// compareVariants generates both IDL variants of k8s.io/api in-process
// over one load and compares them with the shipped and upstream's files.
func compareVariants(t *testing.T, root, api string, shipped, upstream map[string][]byte) {
	goldentest.Enter(t, api)
	args := protobuf.NewArgs()
	args.GoHeaderFile, args.OnlyIDL = filepath.Join(root, "testdata", "boilerplate.go.txt"), true
	args.APIMachineryPackages, args.Packages = apiMachineryRead, strings.Join(goldentest.KubeAPIPackages(), ",")
	start := time.Now()
	u, err := load.Load(protobuf.PackagePaths(args), "proto")
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(protobuf.NameSystems(), "public", protobuf.PackagePaths(args))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one load: %v", time.Since(start))
	for _, v := range []struct {
		name     string
		omitGogo bool
		want     map[string][]byte
	}{{"shipped (no gogoproto)", true, shipped}, {"upstream --only-idl --keep-gogoproto", false, upstream}} {
		out, err := protobuf.IDL(l, args, v.omitGogo)
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		for _, f := range out.Files {
			if err := os.WriteFile(f.Path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if n := goldentest.CompareOutputs(t, api, v.want, isProto); n != 60 {
			t.Errorf("%s: %d/60 generated.proto identical", v.name, n)
		}
		goldentest.TakeFiles(t, api, isProto)
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
// as generated.proto and each Go file as its .tagged golden. Skipped
// without protoc.
func TestGoldensMatchUpstreamProtobuf(t *testing.T) {
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not on PATH (install protobuf-compiler)")
	}
	root := goldentest.Root(t)
	repo := goldentest.CopyRepo(t, root)
	bins := goldentest.InstallUpstreams(t, upstreamBin, upstreamPlugin)
	goimports := goldentest.InstallUpstream(t, "golang.org/x/tools/cmd/goimports@v0.47.0")
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

const (
	upstreamBin    = "k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2"
	upstreamPlugin = "k8s.io/code-generator/cmd/go-to-protobuf/protoc-gen-gogo@v0.37.2"
)

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
}
