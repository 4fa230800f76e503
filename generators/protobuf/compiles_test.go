package protobuf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// TestCheckCompilesLeavesUnloadedImports checks that the compile check
// blames the generated code, not an import the go command could not load:
// a package the module does not provide at all (the type checker calls it
// missing), and one it finds but cannot build (the type checker sees it
// empty, and every name looked up in it undefined). A mistake of the
// generated code's own is still reported.
func TestCheckCompilesLeavesUnloadedImports(t *testing.T) {
	goldentest.Loads(t)
	dir := t.TempDir()
	write := func(rel, text string) {
		t.Helper()
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/m\n\ngo 1.24\n")
	write("broken/proto/proto.go", "package proto\n\nvar x int = \"not an int\"\n")
	write("v1/types.go", "package v1\n\ntype T struct{ A int32 }\n")
	t.Chdir(dir)
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	generated := func(body string) []run.File {
		return []run.File{{Path: filepath.Join(dir, "v1", "generated.pb.go"), Data: []byte("package v1\n\nimport (\n" +
			"\tproto \"example.com/m/broken/proto\"\n\tgogo \"example.com/notrequired/gogo\"\n)\n\n" +
			"var _ = proto.Marshal\nvar _ = gogo.Marshal\n" + body)}}
	}
	if err := checkCompiles(generated(""), nil); err != nil {
		t.Errorf("imports that did not load: %v; want no error", err)
	}
	err := checkCompiles(generated("\nfunc (m *T) Size() int { return m.B }\n"), nil)
	if err == nil || !strings.Contains(err.Error(), "generated.pb.go:11:35: m.B undefined") {
		t.Errorf("a mistake in the generated code: %v; want it reported at generated.pb.go:11:35", err)
	}
}
