package gettool

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// cloneSection is the heading of README's section on using the commands
// from a clone.
const cloneSection = "### From a clone, before a release"

// TestFromCloneREADME runs the commands of README's section on using a
// clone, as written: go install ./cmd/... in a copy of the repository
// (every command lands in GOBIN), and the replace recipe in a new module
// beside it (go tool kube-codegen --version then names the clone).
func TestFromCloneREADME(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the module proxy (our dependencies)")
	}
	root := goldentest.Root(t)
	blocks := goldentest.ShellBlocks(t, cloneSection)
	if len(blocks) != 2 {
		t.Fatalf("README's %q has %d sh blocks, want 2 (go install; the replace recipe)", cloneSection, len(blocks))
	}
	base := t.TempDir()
	repo, bin, app := filepath.Join(base, "gengokit"), filepath.Join(base, "bin"), filepath.Join(base, "app")
	copyTree(t, root, repo)
	goldentest.RunShell(t, repo, blocks[0], "GOBIN="+bin)
	for _, cmd := range ourCommands(t, root, false) {
		if _, err := os.Stat(filepath.Join(bin, filepath.Base(cmd))); err != nil {
			t.Errorf("go install ./cmd/... did not install %s: %v", filepath.Base(cmd), err)
		}
	}
	if err := os.MkdirAll(app, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(app, "go.mod"), "module example.com/app\n\ngo 1.26\n")
	out := goldentest.RunShell(t, app, blocks[1])
	if want := "kube-codegen (" + ourModule + ") devel from ../gengokit"; !strings.Contains(out, want) {
		t.Errorf("the replace recipe printed %q, want %q", out, want)
	}
}
