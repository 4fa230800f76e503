package protobuf_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/protobuf"
)

// TestFlagsAsUpstream requires upstream v0.37.2's flags: names,
// shorthands and defaults (from its cmd/go-to-protobuf/protobuf/cmd.go).
func TestFlagsAsUpstream(t *testing.T) {
	want := map[string][2]string{ // name: shorthand, default
		"go-header-file": {"h", ""},
		"packages":       {"p", ""},
		"apimachinery-packages": {"", "+k8s.io/apimachinery/pkg/util/intstr,+k8s.io/apimachinery/pkg/api/resource,+k8s.io/apimachinery/pkg/runtime/schema," +
			"+k8s.io/apimachinery/pkg/runtime,k8s.io/apimachinery/pkg/apis/meta/v1,k8s.io/apimachinery/pkg/apis/meta/v1beta1,k8s.io/apimachinery/pkg/apis/testapigroup/v1"},
		"output-dir":             {"", "."},
		"proto-import":           {"", "[]"},
		"conditional":            {"", ""},
		"clean":                  {"", "false"},
		"only-idl":               {"", "false"},
		"keep-gogoproto":         {"", "false"},
		"skip-generated-rewrite": {"", "false"},
		"drop-gogo-go":           {"", "true"},
		"drop-embedded-fields":   {"", "k8s.io/apimachinery/pkg/apis/meta/v1.TypeMeta"},
	}
	fs := cli.CommandFlags(protobuf.NewCommand())
	for name, w := range want {
		f := fs.Lookup(name)
		if f == nil {
			t.Errorf("--%s is not registered", name)
			continue
		}
		if f.Shorthand != w[0] || f.DefValue != w[1] {
			t.Errorf("--%s: shorthand %q, default %q; upstream has %q, %q", name, f.Shorthand, f.DefValue, w[0], w[1])
		}
	}
}

// runCommand runs the command line and returns its exit status and stderr.
func runCommand(args ...string) (int, string) {
	var stdout, stderr bytes.Buffer
	code := cli.Run(protobuf.NewCommand(), args, &stdout, &stderr)
	return code, stdout.String() + stderr.String()
}

// TestRefusedFlags: --skip-generated-rewrite, whose output never compiles,
// stops the run before loading, saying why and what to use; so do
// upstream's own flag conflicts and empty package lists.
func TestRefusedFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--packages=example.com/m/v1", "--drop-gogo-go=false", "--skip-generated-rewrite"}, "--skip-generated-rewrite is refused: it leaves protoc-gen-gogo's raw generated.pb.go, which declares the package's Go types a second time"},
		{[]string{"--only-idl", "--apimachinery-packages=", "--packages="}, "both empty"},
		{[]string{"--only-idl", "--skip-generated-rewrite"}, "mutually exclusive"},
		{[]string{"--only-idl", "--drop-embedded-fields=a.b."}, "[GOPACKAGE.]TYPENAME"},
		{[]string{"--only-idl", "--packages=a,,b"}, "empty package"},
	} {
		code, out := runCommand(tt.args...)
		if code != 1 || !strings.Contains(out, tt.want) {
			t.Errorf("%v: exit %d, output %q; want 1 and %q", tt.args, code, out, tt.want)
		}
	}
}

// scratchAPI is a module with one API package, generated.proto and
// generated.pb.go left by an earlier run.
func scratchAPI(t *testing.T) *goldentest.Scratch {
	return goldentest.NewScratch(t, "example.com/m", map[string]string{
		"v1/types.go":        "package v1\n\n// Thing is a thing.\ntype Thing struct {\n\tName string `json:\"name\"`\n}\n",
		"v1/generated.proto": "stale\n",
		"v1/generated.pb.go": "package v1\n",
	})
}

// TestCleanAndOnlyIDL: --clean removes both generated files (and
// --verify-only reports that it would); --only-idl then writes
// generated.proto and leaves generated.pb.go alone.
func TestCleanAndOnlyIDL(t *testing.T) {
	goldentest.Loads(t)
	s := scratchAPI(t)
	goldentest.Enter(t, s.Dir)
	base := []string{"--apimachinery-packages=", "--packages=example.com/m/v1"}
	if code, out := runCommand(append(base, "--clean", "--verify-only")...); code != 1 || !strings.Contains(out, "generated.pb.go") {
		t.Errorf("--clean --verify-only: exit %d, %s; want 1 and the files it would remove", code, out)
	}
	if code, out := runCommand(append(base, "--clean")...); code != 0 {
		t.Fatalf("--clean: exit %d: %s", code, out)
	}
	for _, name := range []string{"generated.proto", "generated.pb.go"} {
		if _, err := os.Stat(filepath.Join(s.Dir, "v1", name)); !os.IsNotExist(err) {
			t.Errorf("--clean left v1/%s (%v)", name, err)
		}
	}
	s.Write("v1/generated.pb.go", "package v1\n")
	if code, out := runCommand(append(base, "--only-idl")...); code != 0 {
		t.Fatalf("--only-idl: exit %d: %s", code, out)
	}
	proto, err := os.ReadFile(filepath.Join(s.Dir, "v1", "generated.proto"))
	if err != nil || !bytes.Contains(proto, []byte("message Thing {")) || !bytes.Contains(proto, []byte("(gogoproto.customname) = \"Name\"")) {
		t.Errorf("--only-idl wrote %q, %v; want the gogo IDL with message Thing", proto, err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir, "v1", "generated.pb.go")); err != nil {
		t.Errorf("--only-idl removed generated.pb.go: %v", err)
	}
	if code, out := runCommand(append(base, "--only-idl", "--verify-only")...); code != 0 {
		t.Errorf("--only-idl --verify-only after the run: exit %d: %s", code, out)
	}
}

// TestNumbersKeptAndRelativeEntries: a field renamed with its type and
// number kept is accepted against the replaced generated.proto (only a
// change of number, or a number taken by another type, is an error); a
// ./relative --packages entry is named after its import path (upstream
// accepts import paths only).
func TestNumbersKeptAndRelativeEntries(t *testing.T) {
	goldentest.Loads(t)
	s := scratchAPI(t)
	s.Write("v1/generated.proto", "message Thing {\n  optional string title = 1;\n}\n")
	goldentest.Enter(t, s.Dir)
	if code, out := runCommand("--apimachinery-packages=", "--packages=./v1", "--only-idl"); code != 0 {
		t.Fatalf("a renamed field (title to name, string, 1): exit %d: %s", code, out)
	}
	proto, err := os.ReadFile(filepath.Join(s.Dir, "v1", "generated.proto"))
	if err != nil || !bytes.Contains(proto, []byte("package example.com.m.v1;\n")) {
		t.Errorf("./v1 wrote %q, %v; want package example.com.m.v1", proto, err)
	}
}
