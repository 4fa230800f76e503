package protobuf_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestREADMEAsWritten runs README's go-to-protobuf command as written, with
// our binary on PATH, in a module shaped as the command expects
// (example.com/shop, its API at pkg/apis/shop/v1, a header file): it exits
// 0, writes generated.proto, generated.pb.go and the struct tags, and the
// module builds.
func TestREADMEAsWritten(t *testing.T) {
	goldentest.Loads(t)
	needProtoc(t)
	blocks := goldentest.ShellBlocks(t, "## go-to-protobuf")
	if len(blocks) != 1 {
		t.Fatalf("README's go-to-protobuf section has %d sh blocks, want 1", len(blocks))
	}
	bin := goldentest.Build(t, goldentest.Root(t), "./cmd/go-to-protobuf")
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"hack/boilerplate.go.txt": "/*\nCopyright YEAR The Shop Authors.\n*/\n",
		"pkg/apis/shop/v1/types.go": "package v1\n\nimport metav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n\n" +
			"// Widget is a widget.\ntype Widget struct {\n\tmetav1.TypeMeta `json:\",inline\"`\n" +
			"\tmetav1.ObjectMeta `json:\"metadata,omitempty\"`\n\tColor string `json:\"color\"`\n}\n",
	})
	goldentest.RunShell(t, s.Dir, blocks[0], "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"), "GOFLAGS=-mod=mod")
	files := s.Files("pkg/apis/shop/v1")
	for name, want := range map[string]string{
		"generated.proto": "message Widget {",
		"generated.pb.go": "func (m *Widget) Unmarshal(dAtA []byte) error {",
		"types.go":        "protobuf:\"bytes,2,opt,name=color\"",
	} {
		if !strings.Contains(string(files[name]), want) {
			t.Errorf("%s lacks %q:\n%s", name, want, files[name])
		}
	}
	goldentest.RunShell(t, s.Dir, "go build ./...", "GOFLAGS=-mod=mod")
}
