package defaulter_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our defaulter-gen against upstream's v0.37.2
// on case apiserver-defaults (10 packages of k8s.io/apiserver): both
// binaries are built once, then run in alternation (5 rounds each, every
// run on freshly deleted outputs) and the medians and their ratio are
// reported. Run it with -benchtime=1x; each b.N iteration is a whole
// contest.
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	ours := goldentest.Build(b, root, "./cmd/defaulter-gen")
	theirs := goldentest.InstallUpstream(b, "k8s.io/code-generator/cmd/defaulter-gen@v0.37.2")
	mod := goldentest.CopyModule(b, "k8s.io/apiserver", "v0.37.2")
	args := apiserverDefaults(root).Args(mod)
	prepare := func() {
		for _, p := range apiserverPackages {
			os.Remove(filepath.Join(mod, p, outputFile))
		}
	}
	runner := func(bin string) func() error {
		return func() error {
			if out, err := goldentest.RunIn(mod, bin, args...); err != nil {
				return fmt.Errorf("%s: %v\n%s", bin, err, out)
			}
			return nil
		}
	}
	b.ResetTimer()
	for range b.N {
		o, u := goldentest.Contest(b, 5, prepare, runner(ours), runner(theirs))
		ratio := o.Seconds() / u.Seconds()
		fmt.Printf("defaulter-gen apiserver-defaults (10 pkgs): ours median %v, upstream median %v, ratio ours/upstream %.2f\n", o, u, ratio)
		b.ReportMetric(o.Seconds(), "ours-s")
		b.ReportMetric(u.Seconds(), "upstream-s")
		b.ReportMetric(ratio, "ratio")
	}
}
