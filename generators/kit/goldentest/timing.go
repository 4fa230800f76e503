package goldentest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// InstallUpstream builds an upstream command (e.g.
// "k8s.io/code-generator/cmd/deepcopy-gen@v0.37.2") with `go install` into
// a temporary directory and returns the binary's path. The binary is never
// part of the repository.
func InstallUpstream(t testing.TB, pkgAtVersion string) string {
	t.Helper()
	return InstallUpstreams(t, pkgAtVersion)[pkgAtVersion]
}

// InstallUpstreams builds upstream commands (package@version) into one
// temporary directory, with one `go install` for the commands of each
// version (they must be of one module), and returns each binary's path by
// its package@version.
func InstallUpstreams(t testing.TB, pkgsAtVersion ...string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	byVersion := map[string][]string{}
	var versions []string
	bins := map[string]string{}
	for _, p := range pkgsAtVersion {
		pkg, version, _ := strings.Cut(p, "@")
		if len(byVersion[version]) == 0 {
			versions = append(versions, version)
		}
		byVersion[version] = append(byVersion[version], p)
		bins[p] = filepath.Join(dir, filepath.Base(pkg))
	}
	for _, v := range versions {
		cmd := exec.Command("go", append([]string{"install"}, byVersion[v]...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOWORK=off", "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go install %s: %v\n%s", strings.Join(byVersion[v], " "), err, out)
		}
	}
	return bins
}

// Contest times two commands in alternation, rounds times each, running
// prepare before every run (untimed), and returns the median durations.
func Contest(t testing.TB, rounds int, prepare func(), ours, theirs func() error) (oursMedian, theirsMedian time.Duration) {
	t.Helper()
	var a, b []time.Duration
	for i := 0; i < rounds; i++ {
		a = append(a, timed(t, prepare, ours))
		b = append(b, timed(t, prepare, theirs))
	}
	return median(a), median(b)
}

func timed(t testing.TB, prepare func(), run func() error) time.Duration {
	prepare()
	start := time.Now()
	if err := run(); err != nil {
		t.Fatal(err)
	}
	return time.Since(start)
}

func median[T time.Duration | int64](ds []T) T {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// Bench times our command against upstream's (e.g.
// "k8s.io/code-generator/cmd/lister-gen@v0.37.2") on the case, in
// alternation, rounds times each, every run on freshly deleted outputs,
// and prints and reports both medians and their ratio.
func (c Case) Bench(b *testing.B, upstream string, rounds int) {
	root := Root(b)
	ours := Build(b, root, c.Command)
	theirs := InstallUpstream(b, upstream)
	mod := CopyModule(b, c.Module, c.Version)
	prepare := func() { TakeFiles(b, mod, c.IsOutput) }
	args := c.Args(mod)
	b.ResetTimer()
	for range b.N {
		contestVersus(b, c.Generator+" "+c.Module+"/"+c.Dir, rounds, prepare, mod, ours, theirs, args)
	}
}

// contestVersus runs our binary and upstream's with args in dir, in
// alternation, rounds times each (prepare before every run), and prints
// and reports their median wall time, CPU time and peak memory.
func contestVersus(b *testing.B, label string, rounds int, prepare func(), dir, ours, theirs string, args []string) {
	command := func(bin string) func() *exec.Cmd { return func() *exec.Cmd { return Command(dir, bin, args...) } }
	res := ContestUsage(b, rounds, prepare, Contestant{Name: "ours", Cmd: command(ours)}, Contestant{Name: "upstream", Cmd: command(theirs)})
	wall, cpu := ReportVersus(b, res[0], res[1])
	fmt.Printf("%s: ours median %v, upstream median %v, ratio ours/upstream %.2f wall, %.2f cpu, %.2f peak\n",
		label, res[0], res[1], wall, cpu, res[0].MiB()/res[1].MiB())
}

// InPlace is a benchmark of an in-place generator (one file per package)
// against upstream's, in a copy of a module.
type InPlace struct {
	// Label names the generator and case in the printed line, e.g.
	// "deepcopy-gen api-deepcopy (60 pkgs)".
	Label string
	// Command is our binary's package, Upstream upstream's at its version.
	Command, Upstream string
	// Module and Version name the module the case runs in.
	Module, Version string
	// Packages are the package directories, relative to the module root,
	// whose OutputFile is deleted before every run.
	Packages []string
	// OutputFile is the name of the file the generator writes into each
	// package, e.g. "zz_generated.deepcopy.go".
	OutputFile string
	// Args returns the arguments, given the module copy's root.
	Args func(mod string) []string
	// Setup, when set, prepares the module copy once, before any run.
	Setup func(b *testing.B, mod string)
	// Identical, when set, runs each binary once more after the timing and
	// requires the same bytes in every output file.
	Identical bool
}

// Bench builds both binaries once, runs them in alternation (rounds each,
// every run on freshly deleted outputs), and prints and reports both
// medians and their ratio. Run it with -benchtime=1x.
func (c InPlace) Bench(b *testing.B, rounds int) {
	root := Root(b)
	ours := Build(b, root, c.Command)
	theirs := InstallUpstream(b, c.Upstream)
	mod := CopyModule(b, c.Module, c.Version)
	if c.Setup != nil {
		c.Setup(b, mod)
	}
	args := c.Args(mod)
	prepare := func() {
		for _, p := range c.Packages {
			os.Remove(filepath.Join(mod, p, c.OutputFile))
		}
	}
	runner := func(bin string) func() error {
		return func() error {
			if out, err := RunIn(mod, bin, args...); err != nil {
				return fmt.Errorf("%s: %v\n%s", bin, err, out)
			}
			return nil
		}
	}
	b.ResetTimer()
	for range b.N {
		contestVersus(b, c.Label, rounds, prepare, mod, ours, theirs, args)
	}
	if c.Identical {
		c.compareOutputs(b, mod, prepare, runner(ours), runner(theirs))
	}
}

// compareOutputs runs theirs, keeps its outputs, runs ours and requires
// the same files with the same bytes.
func (c InPlace) compareOutputs(b *testing.B, mod string, prepare func(), ours, theirs func() error) {
	outputs := func() map[string]string {
		got := map[string]string{}
		for _, p := range c.Packages {
			if data, err := os.ReadFile(filepath.Join(mod, p, c.OutputFile)); err == nil {
				got[p] = string(data)
			}
		}
		return got
	}
	prepare()
	if err := theirs(); err != nil {
		b.Fatal(err)
	}
	want := outputs()
	prepare()
	if err := ours(); err != nil {
		b.Fatal(err)
	}
	got, same := outputs(), 0
	for p, data := range want {
		if got[p] == data {
			same++
		} else {
			b.Errorf("%s/%s differs from upstream's", p, c.OutputFile)
		}
	}
	fmt.Printf("%s: %d/%d files identical to upstream's (ours wrote %d)\n", c.Label, same, len(want), len(got))
	if len(got) != len(want) {
		b.Errorf("ours wrote %d files, upstream %d", len(got), len(want))
	}
}
