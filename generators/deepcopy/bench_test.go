package deepcopy_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// BenchmarkVsUpstream times our deepcopy-gen against upstream's v0.37.2 on
// the 60 packages of case api-deepcopy: both binaries are built once, then
// run in alternation (5 rounds each, every run on freshly deleted outputs)
// and the medians and their ratio are reported. Run it with -benchtime=1x
// (make bench); each b.N iteration is a whole contest.
func BenchmarkVsUpstream(b *testing.B) {
	root := goldentest.Root(b)
	ours := goldentest.Build(b, root, "./cmd/deepcopy-gen")
	theirs := goldentest.InstallUpstream(b, "k8s.io/code-generator/cmd/deepcopy-gen@v0.37.2")
	api := goldentest.CopyModule(b, "k8s.io/api", "v0.37.2")
	var packages []string
	for _, p := range goldentest.KubeAPIVersions() {
		packages = append(packages, "./"+p)
	}
	args := goldentest.APIDeepcopyArgs(root, packages)
	prepare := func() {
		for _, p := range goldentest.KubeAPIVersions() {
			os.Remove(filepath.Join(api, p, outputFile))
		}
	}
	runner := func(bin string) func() error {
		return func() error {
			if out, err := goldentest.RunIn(api, bin, args...); err != nil {
				return fmt.Errorf("%s: %v\n%s", bin, err, out)
			}
			return nil
		}
	}
	b.ResetTimer()
	for range b.N {
		o, u := goldentest.Contest(b, 5, prepare, runner(ours), runner(theirs))
		ratio := o.Seconds() / u.Seconds()
		fmt.Printf("deepcopy-gen api-deepcopy (60 pkgs): ours median %v, upstream median %v, ratio ours/upstream %.2f\n", o, u, ratio)
		b.ReportMetric(o.Seconds(), "ours-s")
		b.ReportMetric(u.Seconds(), "upstream-s")
		b.ReportMetric(ratio, "ratio")
	}
}
