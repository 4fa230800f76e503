package goldentest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ShellBlocks returns the ```sh blocks of the section of the repository's
// README.md that starts with heading (a whole line, e.g. "## go-to-protobuf"),
// up to the next heading: the commands a user is shown, for a test to run
// as written.
func ShellBlocks(t testing.TB, heading string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(Root(t), "README.md"))
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

// RunShell runs a README block with sh -e in dir, outside any workspace,
// with env added to the environment, and returns its output; a failure
// fails t.
func RunShell(t testing.TB, dir, block string, env ...string) string {
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

// PathWithGoOnly returns a PATH of one directory holding the go command
// alone, which loading needs: a run under it finds no other tool (protoc).
func PathWithGoOnly(t testing.TB) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	dir := t.TempDir()
	if err := os.Symlink(goBin, filepath.Join(dir, "go")); err != nil {
		t.Fatal(err)
	}
	return dir
}
