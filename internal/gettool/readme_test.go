package gettool

import (
	"os"
	"os/exec"
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
	blocks := shellBlocks(t, filepath.Join(root, "README.md"), cloneSection)
	if len(blocks) != 2 {
		t.Fatalf("README's %q has %d sh blocks, want 2 (go install; the replace recipe)", cloneSection, len(blocks))
	}
	base := t.TempDir()
	repo, bin, app := filepath.Join(base, "gengokit"), filepath.Join(base, "bin"), filepath.Join(base, "app")
	copyTree(t, root, repo)
	runShell(t, repo, blocks[0], "GOBIN="+bin)
	for _, cmd := range ourCommands(t, root) {
		if _, err := os.Stat(filepath.Join(bin, filepath.Base(cmd))); err != nil {
			t.Errorf("go install ./cmd/... did not install %s: %v", filepath.Base(cmd), err)
		}
	}
	if err := os.MkdirAll(app, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(app, "go.mod"), "module example.com/app\n\ngo 1.26\n")
	out := runShell(t, app, blocks[1])
	if want := "kube-codegen (" + ourModule + ") devel from ../gengokit"; !strings.Contains(out, want) {
		t.Errorf("the replace recipe printed %q, want %q", out, want)
	}
}

// shellBlocks returns the ```sh blocks of the README section that starts
// with heading, up to the next heading.
func shellBlocks(t *testing.T, readme, heading string) []string {
	t.Helper()
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	_, section, found := strings.Cut(string(data), "\n"+heading+"\n")
	if !found {
		t.Fatalf("README has no %q", heading)
	}
	if i := strings.Index(section, "\n#"); i >= 0 {
		section = section[:i]
	}
	var blocks []string
	for _, part := range strings.Split(section, "```sh\n")[1:] {
		block, _, _ := strings.Cut(part, "```")
		blocks = append(blocks, block)
	}
	return blocks
}

// runShell runs a README block with sh -e in dir, outside any workspace,
// and returns its output.
func runShell(t *testing.T, dir, block string, env ...string) string {
	t.Helper()
	cmd := exec.Command("sh", "-ec", block)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("in %s:\n%s\n%v\n%s", dir, block, err, out)
	}
	return string(out)
}
