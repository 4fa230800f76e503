package cli_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

// TestHelpSaysHowPackagesAreGiven: client-gen's --help names --input-base
// and --input, and offers neither package arguments nor -i, which it
// refuses; lister-gen's offers both.
func TestHelpSaysHowPackagesAreGiven(t *testing.T) {
	help := func(g *cli.Spec) string {
		var stdout, stderr bytes.Buffer
		if code := cli.Run(g, []string{"--help"}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s --help: exit %d", g.Name, code)
		}
		return stderr.String()
	}
	clientHelp := help(client.NewCommand())
	if !strings.HasPrefix(clientHelp, "Usage: client-gen [flags] --input-base <import path or ./directory> --input <group/version>") {
		t.Errorf("client-gen's usage line does not name --input-base and --input:\n%s", clientHelp)
	}
	for _, wrong := range []string{"package patterns", "given as arguments", "--input-dirs"} {
		if strings.Contains(clientHelp, wrong) {
			t.Errorf("client-gen's help offers %q, which it refuses:\n%s", wrong, clientHelp)
		}
	}
	var stdout, stderr bytes.Buffer
	// The output directory is outside any module, so that the output flags agree.
	args := []string{"--output-dir", filepath.Join(t.TempDir(), "out"), "--output-pkg", "example.com/out", "--input-base", "example.com/apis", "--input", "shop/v1"}
	for _, extra := range [][]string{{"./apis/shop/v1"}, {"-i", "./apis/shop/v1"}} {
		stderr.Reset()
		if code := cli.Run(client.NewCommand(), append(append([]string{}, args...), extra...), &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "package arguments and -i are not read") {
			t.Errorf("client-gen %q: exit %d, want 1 and the refusal: %s", extra, code, stderr.String())
		}
	}
	listerHelp := help(lister.NewCommand())
	if !strings.HasPrefix(listerHelp, "Usage: lister-gen [flags] [package patterns...]") || !strings.Contains(listerHelp, "-i, --input-dirs") {
		t.Errorf("lister-gen's help lost its package arguments:\n%s", listerHelp)
	}
}
