package protobuf_test

import (
	"bytes"
	"fmt"
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

// TestMethodClash: a field named like a method gogo's code may declare on
// its message (Size, Marshal, String...) is an error at the field, as the
// package would not build, and nothing is written; --only-idl, which
// writes no Go, accepts it.
func TestMethodClash(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/m", map[string]string{"v1/types.go": "package v1\n\n" +
		"// Disk is a disk.\ntype Disk struct {\n\tName string `json:\"name\"`\n\tSize int64 `json:\"size\"`\n}\n\n" +
		"// Plain has no marshaler.\n// +protobuf.options.marshal=false\ntype Plain struct {\n\tString string `json:\"string\"`\n}\n"})
	goldentest.Enter(t, s.Dir)
	before := s.Files("v1")
	base := []string{"--apimachinery-packages=", "--packages=example.com/m/v1"}
	code, out := runCommand(base...)
	for _, want := range []string{"v1/types.go:6:2: field Size of Disk has the name of a method of generated.pb.go's code, which calls the field Size_",
		"v1/types.go:12:2: field String of Plain has the name of a method"} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("exit %d, %s; want 1 and %q", code, out, want)
		}
	}
	if after := s.Files("v1"); len(after) != len(before) {
		t.Errorf("the failed run wrote files: %d, before %d", len(after), len(before))
	}
	if code, out := runCommand(append(base, "--only-idl")...); code != 0 {
		t.Errorf("--only-idl: exit %d: %s", code, out)
	}
}

// TestModuleCacheRefused: upstream's default --apimachinery-packages would
// write apimachinery's files, which in a module lie in the module cache:
// the run stops before writing, naming the flags that read them with '-',
// and those flags work.
func TestModuleCacheRefused(t *testing.T) {
	goldentest.Loads(t)
	s := scratchAPI(t)
	goldentest.Enter(t, s.Dir)
	before := s.Files("v1")
	code, out := runCommand("--packages=example.com/m/v1", "--only-idl")
	const want = "--apimachinery-packages=-k8s.io/apimachinery/pkg/util/intstr,-k8s.io/apimachinery/pkg/api/resource,-k8s.io/apimachinery/pkg/runtime/schema," +
		"-k8s.io/apimachinery/pkg/runtime,-k8s.io/apimachinery/pkg/apis/meta/v1,-k8s.io/apimachinery/pkg/apis/meta/v1beta1,-k8s.io/apimachinery/pkg/apis/testapigroup/v1 --packages=example.com/m/v1"
	if code != 1 || !strings.Contains(out, "read them with '-', as in "+want) {
		t.Fatalf("exit %d, %s; want 1 and the flags %s", code, out, want)
	}
	if after := s.Files("v1"); !bytes.Equal(after["generated.proto"], before["generated.proto"]) {
		t.Errorf("the refused run wrote generated.proto")
	}
	if code, out := runCommand(strings.Fields(want + " --only-idl")...); code != 0 {
		t.Errorf("the flags the error gives: exit %d: %s", code, out)
	}
}

// TestUncastIntRefused: a Go int, uint or uintptr, which go-to-protobuf
// writes as int64 or uint64 with no cast back (so gogo's code, upstream's
// too, does not compile), is an error at the member when generated.pb.go
// is written, in every shape (pointer, slice, map key or value, named
// map); a named integer type is cast and accepted. --only-idl, which
// writes generated.proto alone, accepts it as upstream does.
func TestUncastIntRefused(t *testing.T) {
	goldentest.Loads(t)
	src := "package v1\n\ntype Counts map[string]int\n\ntype Level int\n\ntype Fine struct {\n\tLevel Level `json:\"level\"`\n}\n"
	shapes := []struct{ name, typ, want string }{
		{"N", "int", "field N of N: Go type int is written as protobuf's int64 without a cast, so generated.pb.go would not compile (upstream's does not either): declare it int64 or int32"},
		{"U", "*uint", "field U of U: Go type uint is written as protobuf's uint64 without a cast"},
		{"List", "[]int", "field List of List: Go type int "},
		{"ByName", "map[string]int", "field ByName of ByName: Go type int "},
		{"ByInt", "map[int]string", "field ByInt of ByInt: Go type int "},
		{"Named", "Counts", "field Named of Named: Go type int "},
	}
	for i, sh := range shapes {
		src += fmt.Sprintf("\ntype %s struct {\n\t%s %s `json:\"x\"`\n}\n", sh.name, sh.name, sh.typ)
		shapes[i].want = fmt.Sprintf("v1/types.go:%d:2: %s", 12+4*i, sh.want)
	}
	s := goldentest.NewScratch(t, "example.com/m", map[string]string{"v1/types.go": src})
	goldentest.Enter(t, s.Dir)
	code, out := runCommand("--apimachinery-packages=", "--packages=example.com/m/v1")
	for _, sh := range shapes {
		if code != 1 || !strings.Contains(out, sh.want) {
			t.Errorf("exit %d, output:\n%s\nwant 1 and %q", code, out, sh.want)
		}
	}
	if strings.Contains(out, "field Level") {
		t.Errorf("the named integer Level is refused:\n%s", out)
	}
	if code, out := runCommand("--apimachinery-packages=", "--packages=example.com/m/v1", "--only-idl"); code != 0 {
		t.Errorf("--only-idl: exit %d: %s", code, out)
	}
}
