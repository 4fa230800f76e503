package plugin

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestRoundTrip generates code for testdata/roundtrip/rt.proto, which has
// every field shape the plugin writes (pointers, casts, castkey and
// castvalue maps, bytes, doubles, repeated scalars, a nullable slice type,
// a two-byte key), compiles it with the Go types a user would write, and
// runs the round trip tests in testdata/roundtrip/rt_test.go.txt: Marshal
// then Unmarshal gives the value back, Size is what Marshal writes, packed
// repeated scalars and unknown fields are read.
func TestRoundTrip(t *testing.T) {
	requireProtoc(t)
	if testing.Short() {
		t.Skip("compiles and tests a module; skipped with -short")
	}
	src, err := filepath.Abs("testdata/roundtrip")
	if err != nil {
		t.Fatal(err)
	}
	out := protocPlugin(t, "", []string{src, "testdata/proto"}, "rt.proto")
	mod := t.TempDir()
	files := map[string]string{
		"generated.pb.go": filepath.Join(out, "example.com/rt/rt.pb.go"),
		"types.go":        filepath.Join(src, "types.go.txt"),
		"rt_test.go":      filepath.Join(src, "rt_test.go.txt"),
	}
	for name, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/rt\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "test", "-count=1", ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	if outb, err := cmd.CombinedOutput(); err != nil {
		gen, _ := os.ReadFile(filepath.Join(mod, "generated.pb.go"))
		t.Fatalf("go test of the generated code: %v\n%s\ngenerated.pb.go:\n%s", err, outb, gen)
	}
}
