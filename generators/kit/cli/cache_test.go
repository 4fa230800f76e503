package cli_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// cacheModule is a module with one API package whose type embeds one of
// a local dependency (a module beside it, by replace), so that a change
// in a package read from export data or source, not only in an input,
// can be made.
func cacheModule(t *testing.T) *goldentest.Scratch {
	s := goldentest.NewScratch(t, "example.com/m", map[string]string{
		"hack/boilerplate.go.txt": "/*\nCopyright The Example Authors.\n*/\n\n",
		"apis/v1/doc.go":          "// +k8s:deepcopy-gen=package\n\npackage v1\n",
		"apis/v1/types.go":        "package v1\n\nimport \"example.com/dep\"\n\n// T is a type.\ntype T struct {\n\tA []string\n\tD dep.D\n}\n",
		"../dep/go.mod":           "module example.com/dep\n\ngo 1.26\n",
		"../dep/dep.go":           "package dep\n\n// D is a dependency's type.\ntype D struct{ N int }\n",
	})
	mod, err := os.ReadFile(filepath.Join(s.Dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	s.Write("go.mod", string(mod)+"\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n")
	return s
}

// runCached runs deepcopy-gen in-process with the cache in cacheDir and
// reports whether the cache served the run.
func runCached(t *testing.T, cacheDir string, extra ...string) (cached bool, stdout string, err error) {
	t.Helper()
	args := append([]string{"--cache-dir", cacheDir, "--go-header-file", "hack/boilerplate.go.txt",
		"--output-file", "zz_generated.deepcopy.go"}, extra...)
	inv, err := cli.Parse(deepcopy.NewCommand(), append(args, "./apis/..."), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err = cli.Execute(inv, &out)
	return inv.Cached, out.String(), err
}

// TestCacheNoticesEveryInput runs deepcopy-gen twice (the second run
// served by the cache), then changes one input at a time and requires the
// next run to load again, and the one after it to be served again.
func TestCacheNoticesEveryInput(t *testing.T) {
	goldentest.Loads(t)
	s := cacheModule(t)
	t.Chdir(s.Dir)
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	cacheDir := t.TempDir()
	appendTo := func(rel, text string) func() {
		return func() {
			data, err := os.ReadFile(filepath.Join(s.Dir, rel))
			if err != nil {
				t.Fatal(err)
			}
			s.Write(rel, string(data)+text)
		}
	}
	changes := []struct {
		name   string
		change func()
		args   []string
	}{
		{"the flags", func() {}, []string{"--lint-rules", "known-tags-only"}},
		{"GOFLAGS (build tags)", func() { t.Setenv("GOFLAGS", "-mod=mod -tags=extra") }, nil},
		{"GOOS and GOARCH", func() { t.Setenv("GOARCH", "arm64") }, nil},
		{"go.mod", appendTo("go.mod", "// a comment\n"), nil},
		{"go.sum", appendTo("go.sum", "example.com/x v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"), nil},
		{"go.work", func() { s.Write("go.work", "go 1.26\n\nuse .\n") }, nil},
		{"the boilerplate file", appendTo("hack/boilerplate.go.txt", "// more\n"), nil},
		{"an input file", appendTo("apis/v1/types.go", "\n// U is another type.\ntype U struct{ B int }\n"), nil},
		{"a file added to an input package", func() { s.Write("apis/v1/more.go", "package v1\n") }, nil},
		{"a dependency's file", appendTo("../dep/dep.go", "\n// E is another.\ntype E struct{}\n"), nil},
	}
	if cached, _, err := runCached(t, cacheDir); err != nil || cached {
		t.Fatalf("first run: cached %v, %v; want a full run", cached, err)
	}
	if cached, _, err := runCached(t, cacheDir); err != nil || !cached {
		t.Fatalf("second run: cached %v, %v; want the cache's files", cached, err)
	}
	for _, c := range changes {
		c.change()
		if cached, _, err := runCached(t, cacheDir, c.args...); err != nil || cached {
			t.Errorf("%s changed: cached %v, %v; want a full run", c.name, cached, err)
		}
		if cached, _, err := runCached(t, cacheDir, c.args...); err != nil || !cached {
			t.Errorf("after %s changed, again: cached %v, %v; want the cache's files", c.name, cached, err)
		}
	}
	checkOutputsConfirmed(t, s, cacheDir)
}

// checkOutputsConfirmed checks that a run the cache serves still puts its
// files right: a hand-edited output is reported by --verify-only and
// rewritten, a deleted one written again.
func checkOutputsConfirmed(t *testing.T, s *goldentest.Scratch, cacheDir string) {
	t.Helper()
	out := filepath.Join(s.Dir, "apis", "v1", "zz_generated.deepcopy.go")
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s.Write("apis/v1/zz_generated.deepcopy.go", string(want)+"// edited\n")
	cached, diff, err := runCached(t, cacheDir, "--verify-only")
	if !cached || !errors.Is(err, run.ErrStale) || !strings.Contains(diff, "-// edited") {
		t.Errorf("--verify-only over an edited output: cached %v, %v, diff %q; want the cache's files, stale", cached, err, diff)
	}
	for _, damage := range []func(){
		func() { s.Write("apis/v1/zz_generated.deepcopy.go", "// edited\n") },
		func() { _ = os.Remove(out) },
	} {
		damage()
		if cached, _, err := runCached(t, cacheDir); err != nil || !cached {
			t.Errorf("output damaged: cached %v, %v; want the cache's files", cached, err)
		}
		if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
			t.Errorf("output damaged: not written again from the cache")
		}
	}
}
