//go:build compat

package protobuf_test

import (
	"os"
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

// TestCompatAPIProtobufIDL generates k8s.io/api v0.37.2's 60
// generated.proto over one load, both variants: without gogoproto options,
// the files the module ships; with them (what upstream feeds protoc and
// writes with --only-idl), upstream's own output. Then our binary with
// --only-idl must write upstream's files, and both binaries are timed.
func TestCompatAPIProtobufIDL(t *testing.T) {
	root := goldentest.Root(t)
	api := goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	shipped := goldentest.TakeFiles(t, api, isProto)
	if len(shipped) != 60 {
		t.Fatalf("found %d shipped generated.proto, want 60", len(shipped))
	}
	up := goldentest.InstallUpstream(t, "k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2")
	if out, err := goldentest.RunIn(api, up, apiArgs(root, "--keep-gogoproto")...); err != nil {
		t.Fatalf("upstream go-to-protobuf: %v\n%s", err, out)
	}
	upstream := goldentest.TakeFiles(t, api, isProto)
	goldentest.Enter(t, api)
	args := protobuf.NewArgs()
	args.GoHeaderFile, args.OnlyIDL = filepath.Join(root, "testdata", "boilerplate.go.txt"), true
	args.APIMachineryPackages, args.Packages = apiMachineryRead, strings.Join(goldentest.KubeAPIPackages(), ",")
	start := time.Now()
	u, err := load.Load(allPaths(args), "proto")
	if err != nil {
		t.Fatal(err)
	}
	l, err := u.View(protobuf.NameSystems(), "public", allPaths(args))
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
	bin := goldentest.Build(t, root, "./cmd/go-to-protobuf")
	if out, err := goldentest.RunIn(api, bin, apiArgs(root)...); err != nil {
		t.Fatalf("our go-to-protobuf --only-idl: %v\n%s", err, out)
	}
	if n := goldentest.CompareOutputs(t, api, upstream, isProto); n != 60 {
		t.Errorf("our binary, --only-idl: %d/60 generated.proto identical to upstream's", n)
	}
	ours, theirs := goldentest.Contest(t, 3, func() {}, func() error {
		_, err := goldentest.RunIn(api, bin, apiArgs(root)...)
		return err
	}, func() error {
		_, err := goldentest.RunIn(api, up, apiArgs(root)...)
		return err
	})
	t.Logf("--only-idl over k8s.io/api, median wall: ours %v, upstream %v (%.2fx)", ours, theirs, float64(ours)/float64(theirs))
}

// allPaths returns the import paths both package flags name.
func allPaths(a *protobuf.Args) []string {
	var out []string
	for _, e := range strings.Split(a.APIMachineryPackages+","+a.Packages, ",") {
		out = append(out, strings.TrimLeft(e, "+-"))
	}
	return out
}
