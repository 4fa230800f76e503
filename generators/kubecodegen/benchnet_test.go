package kubecodegen_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// netModule is the Network example's import path: a scratch module of
// that name holds a copy of it, so that its imports resolve unchanged.
const netModule = "github.com/gengokit/gengokit/examples/network"

// netRounds is how many times each side runs on the Network example.
const netRounds = 5

// netHeader and netSchema are the example's header and its models
// schema, relative to its root.
const (
	netHeader = "hack/boilerplate.go.txt"
	netSchema = "pkg/generated/openapi/models-schema.json"
)

// netFiles reads the Network example (without its tests) by path
// relative to its root.
func netFiles(b *testing.B) map[string]string {
	b.Helper()
	dir := filepath.Join(goldentest.Root(b), "examples", "network")
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return files
}

// netScratch is a fresh copy of the example as a module of its own.
func netScratch(b *testing.B, files map[string]string) string {
	return goldentest.NewScratch(b, netModule, files).Dir
}

// removeGenerated returns a prepare function deleting every Go file below
// dir/pkg whose header names one of the generators.
func removeGenerated(b *testing.B, dir string, generators ...string) func() {
	return func() {
		goldentest.TakeFiles(b, filepath.Join(dir, "pkg"), func(_ string, data []byte) bool {
			for _, g := range generators {
				if goldentest.GeneratedBy(g, data) {
					return true
				}
			}
			return false
		})
	}
}

// netAll is the one kube-codegen command line for the example, with the
// layout its Makefile gives the generated code.
func netAll() []string {
	return []string{"all", "--with-watch", "--with-applyconfig", "--applyconfig-name", "applyconfigurations",
		"--output-dir", "pkg/generated", "--output-pkg", netModule + "/pkg/generated",
		"--report-filename", "hack/api_violations.list", "--update-report", "--output-model-name-file", "zz_generated.model_name.go",
		"--prefers-protobuf", "--boilerplate", netHeader, "./pkg/apis"}
}

// netFive are the Makefile's command lines of our five separate processes
// (deepcopy-gen, applyconfiguration-gen, client-gen, lister-gen and
// informer-gen), relative to the example's root.
func netFive() [][]string {
	gen, apis := netModule+"/pkg/generated", "./pkg/apis/..."
	h := []string{"--go-header-file", netHeader}
	return [][]string{
		append([]string{"deepcopy-gen", "--output-file", "zz_generated.deepcopy.go"}, append(h, apis)...),
		append([]string{"applyconfiguration-gen", "--openapi-schema", netSchema, "--output-dir", "pkg/generated/applyconfigurations",
			"--output-pkg", gen + "/applyconfigurations"}, append(h, apis)...),
		append([]string{"client-gen", "--output-dir", "pkg/generated/clientset", "--output-pkg", gen + "/clientset",
			"--clientset-name", "versioned", "--input-base", netModule + "/pkg/apis", "--input", "networking/v1",
			"--apply-configuration-package", gen + "/applyconfigurations", "--prefers-protobuf"}, h...),
		append([]string{"lister-gen", "--output-dir", "pkg/generated/listers", "--output-pkg", gen + "/listers"}, append(h, apis)...),
		append([]string{"informer-gen", "--output-dir", "pkg/generated/informers", "--output-pkg", gen + "/informers",
			"--versioned-clientset-package", gen + "/clientset/versioned", "--listers-package", gen + "/listers"}, append(h, apis)...),
	}
}

// fiveSide runs our five binaries (built from root) one after the other.
func fiveSide(b *testing.B, root, dir string) side {
	s := side{name: "five processes", prepare: removeGenerated(b, dir, "deepcopy-gen", "applyconfiguration-gen",
		"client-gen", "lister-gen", "informer-gen")}
	for _, argv := range netFive() {
		bin := goldentest.Build(b, root, "./cmd/"+argv[0])
		s.steps = append(s.steps, step{name: argv[0], cmd: func() *exec.Cmd { return command(dir, bin, argv[1:]) }})
	}
	return s
}

// controllerGenSide is controller-gen v0.23.0's object generator over the
// same API packages, installed into a temporary GOBIN (never a
// dependency of this module), on deleted deepcopy files; env are extra
// variables of each run (an empty build cache).
func controllerGenSide(b *testing.B, dir, name string, env func() []string) side {
	bin := goldentest.InstallUpstream(b, "sigs.k8s.io/controller-tools/cmd/controller-gen@v0.23.0")
	prepare := func() {
		goldentest.TakeFiles(b, filepath.Join(dir, "pkg", "apis"), func(rel string, _ []byte) bool {
			return filepath.Base(rel) == "zz_generated.deepcopy.go"
		})
	}
	args := []string{"object:headerFile=" + netHeader, "paths=./pkg/apis/..."}
	return side{name: "controller-gen object" + name, prepare: prepare, steps: []step{{name: "object", cmd: func() *exec.Cmd {
		return command(dir, bin, args, env()...)
	}}}}
}

// BenchmarkKubeCodegenVsControllerGen times "kube-codegen all" on the
// Network example (deepcopy, defaults, conversions, register, OpenAPI,
// apply configurations, clientset, listers and informers, in one process)
// against controller-gen v0.23.0's object generator (deepcopy alone) on
// the same types, and, for reference, our five separate processes the
// Makefile ran before kube-codegen; each in a scratch copy of the example
// of its own, in alternation, every run on deleted outputs, medians of
// netRounds rounds. Run it with -benchtime 1x.
func BenchmarkKubeCodegenVsControllerGen(b *testing.B) {
	if testing.Short() {
		b.Skip("builds controller-gen and regenerates the Network example; skipped with -short")
	}
	root, files := goldentest.Root(b), netFiles(b)
	ours := goldentest.Build(b, root, "./cmd/kube-codegen")
	oursDir := netScratch(b, files)
	coldDir := netScratch(b, files)
	coldCache := func() []string { return []string{"GOCACHE=" + b.TempDir()} } // an empty build cache each run
	sides := []side{
		{name: "kube-codegen all", prepare: removeGenerated(b, oursDir, append(pipelineGenerators(), "register-gen")...),
			steps: []step{{name: "all", cmd: func() *exec.Cmd { return command(oursDir, ours, netAll()) }}}},
		controllerGenSide(b, netScratch(b, files), "", func() []string { return nil }),
		fiveSide(b, root, netScratch(b, files)),
		{name: "kube-codegen all, cold build cache", prepare: removeGenerated(b, coldDir, append(pipelineGenerators(), "register-gen")...),
			steps: []step{{name: "cold", cmd: func() *exec.Cmd {
				// the index of dependencies of each empty build cache goes
				// with it, not into the user's cache directory
				return command(coldDir, ours, append(netAll(), "--cache-dir", b.TempDir()), coldCache()...)
			}}}},
		controllerGenSide(b, netScratch(b, files), ", cold build cache", coldCache),
	}
	for _, s := range sides { // once untimed: warm caches, and fail early
		s.run(b)
	}
	b.ResetTimer()
	for range b.N {
		say("%s, %d rounds each", goldentest.LoadAverage(), netRounds)
		res := contest(b, netRounds, sides...)
		all, cg := res[0].median("all"), res[1].median("object")
		five := res[2].median("deepcopy-gen", "applyconfiguration-gen", "client-gen", "lister-gen", "informer-gen")
		say("kube-codegen all (everything): %v", all)
		say("controller-gen object (deepcopy only): %v", cg)
		say("our five processes (deepcopy, applyconfig, client, lister, informer): %v", five)
		cold, cgCold := res[3].median("cold"), res[4].median("object")
		say("kube-codegen all with an empty build cache each run: %v", cold)
		say("controller-gen object with an empty build cache each run: %v", cgCold)
		say("wall ratios: all/controller-gen %.2f (goal <= 1.0: %s), both with an empty build cache %.2f (goal <= 1.0: %s), all/five processes %.2f",
			all.Wall.Seconds()/cg.Wall.Seconds(), met(all.Wall <= cg.Wall), cold.Wall.Seconds()/cgCold.Wall.Seconds(), met(cold.Wall <= cgCold.Wall),
			all.Wall.Seconds()/five.Wall.Seconds())
		b.ReportMetric(cold.Wall.Seconds(), "ours-cold-s")
		b.ReportMetric(cgCold.Wall.Seconds(), "controller-gen-cold-s")
		b.ReportMetric(all.Wall.Seconds(), "ours-s")
		b.ReportMetric(cg.Wall.Seconds(), "controller-gen-s")
		b.ReportMetric(all.Wall.Seconds()/cg.Wall.Seconds(), "ratio")
		b.ReportMetric(five.Wall.Seconds(), "five-processes-s")
	}
}
