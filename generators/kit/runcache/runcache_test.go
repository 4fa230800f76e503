package runcache

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/run"
)

// TestLookupNeedsTheSameKeyAndInputs stores a run and looks it up with
// each part of the key changed (the tool's build among them), with an
// input changed, and with the cached file damaged: only the run itself
// is found.
func TestLookupNeedsTheSameKeyAndInputs(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "types.go")
	if err := os.WriteFile(input, []byte("package v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := Open(t.TempDir())
	key := Key{Tool: "/bin/deepcopy-gen 100 1", Args: []string{"deepcopy-gen", "./..."}, Dir: dir, Env: []string{"GOFLAGS=-mod=mod"}}
	out := run.File{Path: filepath.Join(dir, "zz_generated.deepcopy.go"), Data: []byte("package v1\n// generated\n")}
	if err := c.Store(key, []string{dir, input}, []run.File{out}, nil); err != nil {
		t.Fatal(err)
	}
	if files, _, ok := c.Lookup(key); !ok || len(files) != 1 || string(files[0].Data) != string(out.Data) {
		t.Fatalf("the run itself: %v, %v; want its file", files, ok)
	}
	for name, k := range map[string]Key{
		"tool": {Tool: "/bin/deepcopy-gen 100 2", Args: key.Args, Dir: key.Dir, Env: key.Env},
		"args": {Tool: key.Tool, Args: []string{"deepcopy-gen", "./apis/..."}, Dir: key.Dir, Env: key.Env},
		"dir":  {Tool: key.Tool, Args: key.Args, Dir: "/elsewhere", Env: key.Env},
		"env":  {Tool: key.Tool, Args: key.Args, Dir: key.Dir, Env: []string{"GOFLAGS=-tags=x"}},
	} {
		if _, _, ok := c.Lookup(k); ok {
			t.Errorf("another %s: found; want no entry", name)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "zz_generated.deepcopy.go"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := c.Lookup(key); !ok {
		t.Error("an output written (not an input): not found; want the entry")
	}
	if err := os.WriteFile(input, []byte("package v2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := c.Lookup(key); ok {
		t.Error("an input changed: found; want no entry")
	}
	if err := os.WriteFile(input, []byte("package v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := c.Lookup(key); !ok {
		t.Error("the input as it was (touched): not found; want the entry")
	}
	if err := os.WriteFile(c.blobPath(sum(out.Data)), []byte("damaged"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := c.Lookup(key); ok {
		t.Error("the cached file damaged: found; want no entry")
	}
}
