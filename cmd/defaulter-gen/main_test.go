package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

const (
	scratchDoc = `// +k8s:defaulter-gen=TypeMeta

// Package v1 is a scratch API.
package v1
`
	scratchTypes = `package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Widget is a scratch kind.
type Widget struct {
	metav1.TypeMeta ` + "`json:\",inline\"`" + `
	// +default="small"
	Size string
}

// DeepCopyObject returns a shallow copy, enough for a scratch kind.
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
`
	generated = "pkg/apis/v1/zz_generated.defaults.go"
)

// args are the flags of every run, --verify-only aside.
var args = []string{"--output-file", "zz_generated.defaults.go", "-i", "./pkg/apis/v1"}

// scratch is a new user's module with one API package, and our binary.
type scratch struct {
	*goldentest.Scratch
	bin string
}

func (s *scratch) read(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.Dir, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestVerifyOnly generates the defaults of a scratch module, then checks
// --verify-only: exit 0 and no output when the file is current; exit 1, a
// unified diff and the file untouched when the types changed or the file is
// missing; and a mistake is an error at its position that writes nothing.
func TestVerifyOnly(t *testing.T) {
	goldentest.Loads(t)
	s := &scratch{
		Scratch: goldentest.NewScratch(t, "example.com/scratch", map[string]string{
			"pkg/apis/v1/doc.go":   scratchDoc,
			"pkg/apis/v1/types.go": scratchTypes,
		}),
		bin: goldentest.Build(t, goldentest.Root(t), "./cmd/defaulter-gen"),
	}
	if out, code := s.Run(s.bin, args...); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, out)
	}
	current := s.read(t, generated)
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = s.Dir
	if out, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the generated package: %v\n%s", err, out)
	}
	t.Run("current", func(t *testing.T) {
		if out, code := s.Run(s.bin, append([]string{"--verify-only"}, args...)...); code != 0 || out != "" {
			t.Errorf("exit %d, output %q; want 0 and nothing", code, out)
		}
	})
	t.Run("stale", func(t *testing.T) { s.checkStale(t, current) })
	t.Run("missing", func(t *testing.T) { s.checkMissing(t, current) })
	t.Run("mistake", func(t *testing.T) { s.checkMistake(t, current) })
	t.Run("bad flags", func(t *testing.T) { s.checkFlags(t, current) })
}

// checkFlags requires each bad flag to fail the run with a message that
// names the flag, and to leave the generated file alone.
func (s *scratch) checkFlags(t *testing.T, current []byte) {
	for _, c := range []struct{ flag, value, want string }{
		{"--build-tag", "not a tag", `--build-tag: "not a tag" is not a build tag name`},
		{"--extra-peer-dirs", "./pkg/apis/v1", `--extra-peer-dirs: "./pkg/apis/v1" is not an import path`},
		{"--extra-peer-dirs", "example.com/scratch/pkg/nowhere", "--extra-peer-dirs: cannot find example.com/scratch/pkg/nowhere"},
	} {
		out, code := s.Run(s.bin, append([]string{c.flag, c.value}, args...)...)
		if code != 1 || !strings.Contains(out, c.want) {
			t.Errorf("%s %s: exit %d, want 1 and %q:\n%s", c.flag, c.value, code, c.want, out)
		}
		if !bytes.Equal(s.read(t, generated), current) {
			t.Errorf("%s %s: a failed run changed the generated file", c.flag, c.value)
		}
	}
}

// checkStale adds a defaulted field and requires --verify-only to exit 1
// with a diff that adds its defaulting, leaving the file alone.
func (s *scratch) checkStale(t *testing.T, current []byte) {
	s.Write("pkg/apis/v1/types.go", strings.Replace(scratchTypes, "\tSize string\n", "\tSize string\n\t// +default=3\n\tCount int32\n", 1))
	defer s.Write("pkg/apis/v1/types.go", scratchTypes)
	out, code := s.Run(s.bin, append([]string{"--verify-only"}, args...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{"--- " + generated, "+++ " + generated, "+\tif in.Count == 0 {", "+\t\tin.Count = 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("output has no %q; want a unified diff of the change:\n%s", want, out)
		}
	}
	if !bytes.Equal(s.read(t, generated), current) {
		t.Errorf("--verify-only changed the generated file")
	}
}

// checkMissing removes the generated file and requires --verify-only to
// report it, exit 1, and not write it back.
func (s *scratch) checkMissing(t *testing.T, current []byte) {
	path := filepath.Join(s.Dir, generated)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	defer s.Write(generated, string(current))
	out, code := s.Run(s.bin, append([]string{"--verify-only"}, args...)...)
	if code != 1 || !strings.Contains(out, "+func SetObjectDefaults_Widget(in *Widget) {") {
		t.Errorf("exit %d, want 1 and a diff that adds the file:\n%s", code, out)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("--verify-only wrote %s", generated)
	}
}

// checkMistake breaks a +default and requires exit 1, the error at the
// tag's position and the file untouched, with and without --verify-only.
func (s *scratch) checkMistake(t *testing.T, current []byte) {
	s.Write("pkg/apis/v1/types.go", strings.Replace(scratchTypes, `+default="small"`, `+default=small`, 1))
	defer s.Write("pkg/apis/v1/types.go", scratchTypes)
	for _, extra := range [][]string{nil, {"--verify-only"}} {
		out, code := s.Run(s.bin, append(extra, args...)...)
		if code != 1 || !strings.Contains(out, "pkg/apis/v1/types.go:11:5: +default: small is not JSON: a string needs double quotes: write +default=\"small\"") {
			t.Errorf("%v: exit %d, want 1 and the error at types.go:11:5:\n%s", extra, code, out)
		}
		if !bytes.Equal(s.read(t, generated), current) {
			t.Errorf("%v: a failed run changed the generated file", extra)
		}
	}
}
