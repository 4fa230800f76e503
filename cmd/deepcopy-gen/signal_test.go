package main_test

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// interruptModule is a scratch module with three API packages, each of
// which gets a deep-copy file.
func interruptModule(t *testing.T) *goldentest.Scratch {
	files := map[string]string{}
	for _, v := range []string{"v1", "v2", "v3"} {
		files["pkg/apis/"+v+"/doc.go"] = "// +k8s:deepcopy-gen=package\npackage " + v + "\n"
		files["pkg/apis/"+v+"/types.go"] = "package " + v + "\n\ntype Widget struct {\n\tTags []string\n}\n"
	}
	return goldentest.NewScratch(t, "example.com/interrupt", files)
}

var deepcopyArgs = []string{"--output-file", "zz_generated.deepcopy.go", "./pkg/apis/..."}

// TestInterruptedWrite interrupts deepcopy-gen while it stages its three
// files: after SIGINT or SIGTERM it exits 1 saying it was interrupted,
// and after SIGKILL as well, the module is exactly as it was (every output
// old; no temporary file, hidden or not, anywhere in the tree); the next
// run writes the new bytes.
func TestInterruptedWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs deepcopy-gen several times; skipped with -short")
	}
	t.Parallel()
	bin := goldentest.BuildSlow(t, "deepcopy-gen")
	s := interruptModule(t)
	if out, code := goldentest.RunFast(t, s.Dir, bin, deepcopyArgs...); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, out)
	}
	fresh := goldentest.Tree(t, s.Dir)
	if !strings.Contains(fresh["pkg/apis/v1/zz_generated.deepcopy.go"], "func (in *Widget) DeepCopyInto") {
		t.Fatalf("the first run wrote no deep-copy file")
	}
	for _, v := range []string{"v1", "v2", "v3"} {
		rel := "pkg/apis/" + v + "/zz_generated.deepcopy.go"
		s.Write(rel, fresh[rel]+"// an older version\n")
	}
	goldentest.SignalsWhileStaging(t, 2, s.Dir, bin, deepcopyArgs...)
	if out, code := goldentest.RunFast(t, s.Dir, bin, deepcopyArgs...); code != 0 {
		t.Fatalf("run after SIGKILL: exit %d\n%s", code, out)
	}
	if after := goldentest.Tree(t, s.Dir); !maps.Equal(fresh, after) {
		t.Errorf("the run after the interruptions did not write the new bytes: %s", goldentest.TreeDiff(fresh, after))
	}
}

// TestRefusesLinkOutOfModule: with pkg/apis/v3 a symbolic link to a
// package outside the module, deepcopy-gen, whose output goes beside its
// input, refuses to write through it, naming the link; nothing changes,
// in the module or outside it.
func TestRefusesLinkOutOfModule(t *testing.T) {
	if testing.Short() {
		t.Skip("runs deepcopy-gen; skipped with -short")
	}
	t.Parallel()
	bin := goldentest.BuildSlow(t, "deepcopy-gen")
	s := interruptModule(t)
	outside := t.TempDir()
	v3 := filepath.Join(s.Dir, "pkg/apis/v3")
	if err := os.Rename(v3, filepath.Join(outside, "v3")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "v3"), v3); err != nil {
		t.Fatal(err)
	}
	before, beforeOut := goldentest.Tree(t, s.Dir), goldentest.Tree(t, outside)
	out, code := goldentest.RunFast(t, s.Dir, bin, "--output-file", "zz_generated.deepcopy.go", "./pkg/apis/v1", "./pkg/apis/v3")
	if code != 1 || !strings.Contains(out, v3+" is a symbolic link to "+filepath.Join(outside, "v3")) {
		t.Errorf("exit %d\n%s\nwant exit 1 naming the link %s and its target", code, out, v3)
	}
	if !maps.Equal(before, goldentest.Tree(t, s.Dir)) || !maps.Equal(beforeOut, goldentest.Tree(t, outside)) {
		t.Errorf("a refused run changed a file")
	}
}
