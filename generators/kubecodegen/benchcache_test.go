package kubecodegen_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// unchangedRounds is how many unchanged runs are timed.
const unchangedRounds = 5

// BenchmarkKubeCodegenUnchanged times "kube-codegen all" on a copy of
// sample-apiserver v0.37.2 with the cache of runs on: a first run (the
// whole load and generation, which the cache then remembers), then
// unchanged runs, which only confirm the 53 files and the report on disk.
// Goal: an unchanged run within 0.1 s or 5 % of the first, whichever is
// larger. Run it with -benchtime 1x.
func BenchmarkKubeCodegenUnchanged(b *testing.B) {
	if testing.Short() {
		b.Skip("regenerates a Kubernetes module; skipped with -short")
	}
	root := goldentest.Root(b)
	ours := goldentest.Build(b, root, "./cmd/kube-codegen")
	mod := goldentest.CopyModule(b, "k8s.io/sample-apiserver", "v0.37.2")
	want := goldentest.TakeFiles(b, mod, isPipelineOutput)
	cache := []string{"GENGOKIT_CACHE=on"}
	args := append(sampleAll(mod), "--cache-dir", b.TempDir())
	run := func() goldentest.Usage {
		u, err := goldentest.Measure(command(mod, ours, args, cache...))
		if err != nil {
			b.Fatal(err)
		}
		return u
	}
	first := run()
	if n := goldentest.CompareOutputs(b, mod, want, isPipelineOutput); n != len(want) {
		b.Fatalf("first run: %d/%d files identical", n, len(want))
	}
	b.ResetTimer()
	for range b.N {
		var again []goldentest.Usage
		for range unchangedRounds {
			again = append(again, run())
		}
		second := goldentest.MedianUsage(again)
		goal := max(0.1, 0.05*first.Wall.Seconds())
		say("%s; first run %v; unchanged run (median of %d) %v", goldentest.LoadAverage(), first, unchangedRounds, second)
		say("unchanged run %.3f s, %.1f%% of the first (goal <= %.3f s: %s)", second.Wall.Seconds(),
			100*second.Wall.Seconds()/first.Wall.Seconds(), goal, met(second.Wall.Seconds() <= goal))
		b.ReportMetric(first.Wall.Seconds(), "first-s")
		b.ReportMetric(second.Wall.Seconds(), "unchanged-s")
	}
	if n := goldentest.CompareOutputs(b, mod, want, isPipelineOutput); n != len(want) {
		b.Fatalf("after unchanged runs: %d/%d files identical", n, len(want))
	}
}
