package protobuf_test

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// The k8s.io/api case (shared/COMPAT.md, api-protobuf), shared by the
// compat tests (-tags compat) and BenchmarkGoToProtobufVsUpstream.

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

// isPB accepts the generated.pb.go of the 60 packages.
func isPB(rel string, _ []byte) bool {
	return path.Base(rel) == "generated.pb.go" && strings.Count(rel, "/") == 2
}

// Upstream's go-to-protobuf and its protoc plugin, and the goimports its
// pipeline runs (the version Kubernetes pins).
const (
	upstreamBin       = "k8s.io/code-generator/cmd/go-to-protobuf@v0.37.2"
	upstreamPlugin    = "k8s.io/code-generator/cmd/go-to-protobuf/protoc-gen-gogo@v0.37.2"
	upstreamGoimports = "golang.org/x/tools/cmd/goimports@v0.47.0"
)

// apiMachineryIDL returns a --proto-import directory holding only
// k8s.io/apimachinery's IDL with the gogoproto options (the plugin's
// fixtures), so that k8s.io/api's IDL can come from nowhere but the run.
func apiMachineryIDL(t testing.TB, root string) string {
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
