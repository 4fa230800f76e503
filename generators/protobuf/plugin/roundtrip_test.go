package plugin

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestRoundTrip generates code for testdata/roundtrip/rt.proto, which has
// every field shape the plugin writes (pointers, casts, castkey and
// castvalue maps, maps of every scalar value, bytes, doubles, floats,
// repeated scalars, slices of pointers, a nullable slice type, a two-byte
// key), compiles it with the Go types a user would write, and runs the
// round trip tests in testdata/roundtrip/rt_test.go.txt: Marshal then
// Unmarshal gives the value back, Size is what Marshal writes, packed
// repeated scalars and unknown fields are read.
func TestRoundTrip(t *testing.T) {
	roundTrip(t, "", nil)
}

// TestRoundTripGogo does the same with the plugin parameter keep_gogo
// (go-to-protobuf's --drop-gogo-go=false) in a module that requires
// github.com/gogo/protobuf v1.3.2, and runs testdata/roundtrip/gogo_test.go.txt
// too: gogo's proto.Marshal and Unmarshal go through the generated
// methods, the types are registered under their proto names, and
// Descriptor gives the gzipped file descriptor gogo's descriptor package
// reads back, gogoproto options included.
func TestRoundTripGogo(t *testing.T) {
	roundTrip(t, KeepGogoParam, map[string]string{"gogo_test.go": "gogo_test.go.txt"})
}

// TestRoundTripGogoKeys round-trips testdata/roundtrip/keys.proto, maps
// with keys of every kind but string (which the default pipeline
// refuses), through gogo's proto.Marshal and Unmarshal with gogo's
// runtime kept: the keys are sorted, the value comes back.
func TestRoundTripGogoKeys(t *testing.T) {
	src, out := generateRoundTrip(t, KeepGogoParam, "keys.proto")
	goTest(t, "example.com/rt/keys", map[string]string{
		"generated.pb.go": filepath.Join(out, "example.com/rt/keys/keys.pb.go"),
		"types.go":        filepath.Join(src, "keys", "types.go.txt"),
		"keys_test.go":    filepath.Join(src, "keys", "keys_test.go.txt"),
	}, true)
}

// roundTrip generates rt.proto with the plugin parameter param, writes a
// module of the code, the Go types and the tests (extra: more files of
// testdata/roundtrip by the name they get), and runs go test in it.
func roundTrip(t *testing.T, param string, extra map[string]string) {
	src, out := generateRoundTrip(t, param, "rt.proto")
	files := map[string]string{
		"generated.pb.go": filepath.Join(out, "example.com/rt/rt.pb.go"),
		"types.go":        filepath.Join(src, "types.go.txt"),
		"rt_test.go":      filepath.Join(src, "rt_test.go.txt"),
	}
	for name, from := range extra {
		files[name] = filepath.Join(src, from)
	}
	goTest(t, "example.com/rt", files, param != "")
}

// goTest runs go test in a new module of the given path holding files
// (name in the module: the file to copy), which requires
// github.com/gogo/protobuf v1.3.2 when gogo is set.
func goTest(t *testing.T, path string, files map[string]string, gogo bool) {
	mod := t.TempDir()
	for name, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gomod := "module " + path + "\n\ngo 1.22\n"
	if gogo {
		gomod += "\nrequire github.com/gogo/protobuf v1.3.2\n"
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "test", "-count=1", ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off")
	if outb, err := cmd.CombinedOutput(); err != nil {
		gen, _ := os.ReadFile(filepath.Join(mod, "generated.pb.go"))
		t.Fatalf("go test of the generated code: %v\n%s\ngenerated.pb.go:\n%s", err, outb, gen)
	}
}

// generateRoundTrip runs protoc with the plugin (parameter param) over
// testdata/roundtrip/<proto> and returns that directory and the one the
// code was written below (removed when t ends). It skips without protoc
// and with -short.
func generateRoundTrip(t *testing.T, param, proto string) (src, out string) {
	requireProtoc(t)
	if testing.Short() {
		t.Skip("compiles and tests a module; skipped with -short")
	}
	src, err := filepath.Abs("testdata/roundtrip")
	if err != nil {
		t.Fatal(err)
	}
	out, err = runProtocParam(param, "", []string{src, "testdata/proto"}, proto)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(out) })
	return src, out
}
