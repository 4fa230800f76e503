package informer_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

// TestFlagsRefusedBeforeLoading checks that flag combinations that cannot
// work are refused, naming the flag, before any package is loaded: the
// package given does not exist, so loading it would report that instead.
func TestFlagsRefusedBeforeLoading(t *testing.T) {
	const missing = "example.com/does/not/exist"
	informerBase := []string{"--output-dir", t.TempDir(), "--output-pkg", "x/informers", "--versioned-clientset-package", "x/clientset", "--listers-package", "x/listers"}
	tests := []struct {
		name string
		cmd  *cli.Spec
		args []string
		want string
	}{
		{"lister without output-dir", lister.NewCommand(), []string{"--output-pkg", "x/listers"}, "--output-dir must be specified"},
		{"lister without output-pkg", lister.NewCommand(), []string{"--output-dir", t.TempDir()}, "--output-pkg must be specified"},
		{"lister bad plural exception", lister.NewCommand(), []string{"--output-dir", t.TempDir(), "--output-pkg", "x/listers", "--plural-exceptions", "Endpoints"}, `--plural-exceptions: "Endpoints" is not Type:PluralType`},
		{"lister bad lint rule", lister.NewCommand(), []string{"--output-dir", t.TempDir(), "--output-pkg", "x/listers", "--lint-rules", "nope"}, "--lint-rules"},
		{"informer without listers-package", informer.NewCommand(), informerBase[:6], "--listers-package must be specified"},
		{"informer without clientset", informer.NewCommand(), append(append([]string{}, informerBase[:4]...), "--listers-package", "x/listers"), "--versioned-clientset-package must be specified"},
		{"informer without output-pkg", informer.NewCommand(), append([]string{"--output-dir", t.TempDir()}, informerBase[4:]...), "--output-pkg must be specified"},
		{"informer bad plural exception", informer.NewCommand(), append(append([]string{}, informerBase...), "--plural-exceptions", "Fish:Fish:Fish"), `--plural-exceptions: "Fish:Fish:Fish"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cli.Run(tt.cmd, append(tt.args, missing), &stdout, &stderr)
			want := tt.cmd.Name + ": " + tt.want // a setup error names its generator
			if code != 1 || !strings.Contains(stderr.String(), want) || strings.Contains(stderr.String(), "does/not/exist") {
				t.Errorf("exit %d, stderr %q; want 1 and %q, without loading", code, stderr.String(), want)
			}
		})
	}
}
