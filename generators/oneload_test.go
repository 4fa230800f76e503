package generators_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/lister"
)

// command is one generator with its command line.
type command struct {
	gen  *cli.Spec
	args []string
	// bin is the package of its binary, for the five-process benchmark.
	bin string
}

// fiveCommands returns the five generators with the arguments of the five
// open compat cases (api-deepcopy, clientgo-applyconfigurations,
// clientgo-clientset, clientgo-listers, clientgo-informers), as run in the
// module copy mod, each freshly constructed.
func fiveCommands(root, mod string) []command {
	return []command{
		{deepcopy.NewCommand(), goldentest.APIDeepcopyArgs(root, goldentest.KubeAPIPackages()), "./cmd/deepcopy-gen"},
		{applyconfiguration.NewCommand(), goldentest.ClientGoApplyConfigurations(root).Args(mod), "./cmd/applyconfiguration-gen"},
		{client.NewCommand(), goldentest.ClientGoClientset(root).Args(mod), "./cmd/client-gen"},
		{lister.NewCommand(), goldentest.ClientGoListers(root).Args(mod), "./cmd/lister-gen"},
		{informer.NewCommand(), goldentest.ClientGoInformers(root).Args(mod), "./cmd/informer-gen"},
	}
}

// corpus copies k8s.io/client-go and k8s.io/api v0.37.2 out of the module
// cache, points the client-go copy at the api copy (so deepcopy-gen's
// outputs land in a writable tree) and returns both copies.
func corpus(t testing.TB) (mod, api string) {
	t.Helper()
	mod = goldentest.CopyModule(t, "k8s.io/client-go", "v0.37.2")
	api = goldentest.CopyModule(t, "k8s.io/api", "v0.37.2")
	if out, err := goldentest.RunIn(mod, "go", "mod", "edit", "-replace", "k8s.io/api="+api); err != nil {
		t.Fatalf("go mod edit: %v\n%s", err, out)
	}
	return mod, api
}

// runOneLoad parses the five command lines, loads their packages once and
// generates every file in memory.
func runOneLoad(root, mod string) ([]run.File, error) {
	var invs []*cli.Invocation
	for _, c := range fiveCommands(root, mod) {
		inv, err := cli.Parse(c.gen, c.args, io.Discard)
		if err != nil {
			return nil, err
		}
		invs = append(invs, inv)
	}
	u, err := cli.Load(invs...)
	if err != nil {
		return nil, err
	}
	return cli.GenerateAll(u, invs...)
}

// TestOneLoad runs the five generators of the open compat cases over ONE
// load of the client-go corpus and requires every file to be identical to
// what Kubernetes ships. Each generator's own compat test holds its
// separate run to the same files, so the one-load run equals the five
// separate runs without running them again here.
func TestOneLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("loads k8s.io/api and client-go; skipped with -short")
	}
	root := goldentest.Root(t)
	mod, _ := corpus(t)
	goldentest.Enter(t, mod)
	together, err := runOneLoad(root, mod)
	if err != nil {
		t.Fatalf("one load: %v", err)
	}
	shipped := 0
	for _, f := range together {
		disk, err := os.ReadFile(f.Path)
		if err == nil && bytes.Equal(disk, f.Data) {
			shipped++
		} else {
			t.Errorf("%s: the one-load run's file differs from the shipped one (or none is shipped)", f.Path)
		}
	}
	// 60 deepcopy, 954 apply configuration, 605 clientset, 201 lister and
	// 221 informer files: the five cases' counts, which their own compat
	// tests hold to every file shipped.
	if want := 2041; len(together) != want || shipped != want {
		t.Errorf("one load: %d files, %d identical to the shipped files; want %d and %d", len(together), shipped, want, want)
	}
	t.Logf("one load: %d files, %d identical to the shipped files", len(together), shipped)
}

// Environment of the child process of BenchmarkOneLoad: the repository's
// root and the module copy it generates in.
const (
	rootEnv = "GENGOKIT_ONE_LOAD_ROOT"
	modEnv  = "GENGOKIT_ONE_LOAD_MOD"
)

// TestOneLoadProcess is the one process of BenchmarkOneLoad: run as a
// child of the benchmark, it generates and writes the five cases' files
// over one load. Run by itself, it does nothing.
func TestOneLoadProcess(t *testing.T) {
	root, mod := os.Getenv(rootEnv), os.Getenv(modEnv)
	if root == "" || mod == "" {
		t.Skip("the child process of BenchmarkOneLoad")
	}
	t.Chdir(mod)
	files, err := runOneLoad(root, mod)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := run.Write(context.Background(), files); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkOneLoad times one process running the five generators of the
// open compat cases over one load (this test binary, re-executed) against
// our five binaries run one after the other, in alternation, on freshly
// deleted outputs, and prints both medians and their ratio (make bench).
func BenchmarkOneLoad(b *testing.B) {
	root := goldentest.Root(b)
	mod, api := corpus(b)
	cmds := fiveCommands(root, mod)
	bins := make([]string, len(cmds))
	for i, c := range cmds {
		bins[i] = goldentest.Build(b, root, c.bin)
	}
	prepare := func() { deleteOutputs(b, root, mod, api) }
	five := func() error {
		for i, c := range cmds {
			if out, err := goldentest.RunIn(mod, bins[i], c.args...); err != nil {
				return fmt.Errorf("%s: %v\n%s", c.gen.Name, err, out)
			}
		}
		return nil
	}
	one := func() error { return oneLoadProcess(root, mod) }
	b.ResetTimer()
	for range b.N {
		o, f := goldentest.Contest(b, 3, prepare, one, five)
		ratio := o.Seconds() / f.Seconds()
		fmt.Printf("five generators, client-go corpus: one process over one load median %v, five processes median %v, ratio one/five %.2f\n", o, f, ratio)
		b.ReportMetric(o.Seconds(), "one-s")
		b.ReportMetric(f.Seconds(), "five-s")
		b.ReportMetric(ratio, "ratio")
	}
}

// oneLoadProcess re-executes the test binary as TestOneLoadProcess.
func oneLoadProcess(root, mod string) error {
	cmd := exec.Command(os.Args[0], "-test.run=^TestOneLoadProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), rootEnv+"="+root, modEnv+"="+mod, "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "PASS") {
		return fmt.Errorf("one-load process: %v\n%s", err, out)
	}
	return nil
}

// deleteOutputs removes every file the five cases generate: their trees
// in the client-go copy, the deepcopy files of the api copy.
func deleteOutputs(b *testing.B, root, mod, api string) {
	for _, c := range []goldentest.Case{goldentest.ClientGoApplyConfigurations(root), goldentest.ClientGoClientset(root),
		goldentest.ClientGoListers(root), goldentest.ClientGoInformers(root)} {
		goldentest.TakeFiles(b, mod, c.IsOutput)
	}
	for _, v := range goldentest.KubeAPIVersions() {
		os.Remove(filepath.Join(api, v, "zz_generated.deepcopy.go"))
	}
}
