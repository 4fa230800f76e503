package kubecodegen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// crdRounds is how many times each side runs in BenchmarkCRDVsControllerGen.
const crdRounds = 5

// removeDir returns a prepare function that deletes a directory (the CRDs
// of the previous run).
func removeDir(b *testing.B, dir string) func() {
	return func() {
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// crdSides are kube-codegen crd and controller-gen v0.23.0 crd over the API
// packages below apis in dir (controller-gen's paths pattern is
// cgPaths), each writing into a directory of its own.
func crdSides(b *testing.B, ours, cg, dir, apis, cgPaths string) (side, side) {
	oursOut, cgOut := filepath.Join(b.TempDir(), "ours"), filepath.Join(b.TempDir(), "cg")
	return side{name: "kube-codegen crd", prepare: removeDir(b, oursOut), steps: []step{{name: "crd", cmd: func() *exec.Cmd {
			return command(dir, ours, []string{"crd", "-q", "--crd-output-dir", oursOut, apis})
		}}}},
		side{name: "controller-gen crd", prepare: removeDir(b, cgOut), steps: []step{{name: "crd", cmd: func() *exec.Cmd {
			return command(dir, cg, []string{"crd", "paths=" + cgPaths, "output:crd:dir=" + cgOut})
		}}}}
}

// BenchmarkCRDVsControllerGen times kube-codegen's CRDs against
// controller-gen v0.23.0's: crd alone on the Network example and on
// gateway-api v1.6.3's APIs (13 CRDs), and, on the example, "all
// --with-crd" (the code and the CRD in one process) against
// controller-gen "object crd" followed by our "all" for the rest of the
// code (what a CRD author runs with two tools). Alternating runs, medians
// of crdRounds. Goal: crd at most controller-gen's wall time. Run it with
// -benchtime 1x.
func BenchmarkCRDVsControllerGen(b *testing.B) {
	if testing.Short() {
		b.Skip("builds controller-gen and copies gateway-api; skipped with -short")
	}
	root, files := goldentest.Root(b), netFiles(b)
	ours := goldentest.Build(b, root, "./cmd/kube-codegen")
	cg := goldentest.InstallUpstream(b, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	netOurs, netCG := crdSides(b, ours, cg, netScratch(b, files), "./pkg/apis", "{./pkg/apis/networking/v1,./pkg/apis/networking/v1alpha1}")
	gw := goldentest.CopyModule(b, "sigs.k8s.io/gateway-api", "v1.6.3")
	gwOurs, gwCG := crdSides(b, ours, cg, gw, "./apis", "./apis/...")
	allDir, twoDir := netScratch(b, files), netScratch(b, files)
	generated := append(pipelineGenerators(), "register-gen")
	all := side{name: "kube-codegen all --with-crd", prepare: removeGenerated(b, allDir, generated...), steps: []step{{name: "all", cmd: func() *exec.Cmd {
		return command(allDir, ours, append(netAll(), "--with-crd", "--crd-output-dir", "config/crd"))
	}}}}
	two := side{name: "controller-gen object crd, then kube-codegen all", prepare: removeGenerated(b, twoDir, generated...), steps: []step{
		{name: "controller-gen", cmd: func() *exec.Cmd {
			return command(twoDir, cg, []string{"object:headerFile=" + netHeader, "crd", "paths={./pkg/apis/networking/v1,./pkg/apis/networking/v1alpha1}", "output:crd:dir=config/crd"})
		}},
		{name: "all", cmd: func() *exec.Cmd { return command(twoDir, ours, netAll()) }},
	}}
	sides := []side{netOurs, netCG, gwOurs, gwCG, all, two}
	for _, s := range sides { // once untimed: warm caches, and fail early
		s.run(b)
	}
	b.ResetTimer()
	for range b.N {
		say("%s, %d rounds each", goldentest.LoadAverage(), crdRounds)
		res := contest(b, crdRounds, sides...)
		report := func(what string, o, c goldentest.Usage) float64 {
			r := o.Wall.Seconds() / c.Wall.Seconds()
			say("%s: ours %v; controller-gen %v; wall ratio %.2f", what, o, c, r)
			return r
		}
		net := report("the example, crd", res[0].median("crd"), res[1].median("crd"))
		gwr := report("gateway-api v1.6.3, crd", res[2].median("crd"), res[3].median("crd"))
		both := report("the example, all --with-crd vs controller-gen object crd + all", res[4].median("all"), res[5].median("controller-gen", "all"))
		say("goal crd <= 1.0x controller-gen: example %s, gateway-api %s", met(net <= 1), met(gwr <= 1))
		b.ReportMetric(net, "example-crd-ratio")
		b.ReportMetric(gwr, "gateway-api-crd-ratio")
		b.ReportMetric(both, "all-with-crd-ratio")
	}
}
