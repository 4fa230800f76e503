package kubecodegen_test

import (
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// command is a command line run in dir with the environment COMPAT.md
// prescribes (goldentest.RunIn's) plus extra.
func command(dir, bin string, args []string, extra ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C", "GENGOKIT_CACHE=off")
	cmd.Env = append(cmd.Env, extra...)
	return cmd
}

// side is one contestant: named steps run in order each round, after
// prepare (untimed).
type side struct {
	name    string
	prepare func()
	steps   []step
}

// step is one timed process of a side.
type step struct {
	name string
	cmd  func() *exec.Cmd
}

// run runs the side once and returns each step's usage by name.
func (s side) run(tb testing.TB) map[string]goldentest.Usage {
	tb.Helper()
	s.prepare()
	got := map[string]goldentest.Usage{}
	for _, st := range s.steps {
		u, err := goldentest.Measure(st.cmd())
		if err != nil {
			tb.Fatalf("%s, %s: %v", s.name, st.name, err)
		}
		got[st.name] = u
	}
	return got
}

// rounds holds, per step name, one usage per round.
type rounds map[string][]goldentest.Usage

// median is the median, over the rounds, of the named steps' usage one
// after the other in each round (each measure on its own).
func (r rounds) median(names ...string) goldentest.Usage {
	totals := make([]goldentest.Usage, len(r[names[0]]))
	for i := range totals {
		for _, n := range names {
			totals[i] = totals[i].Then(r[n][i])
		}
	}
	return goldentest.MedianUsage(totals)
}

// contest runs the sides in alternation, n rounds each, and returns every
// round's usage per side and step.
func contest(tb testing.TB, n int, sides ...side) []rounds {
	tb.Helper()
	out := make([]rounds, len(sides))
	for i := range sides {
		out[i] = rounds{}
	}
	for range n {
		for i, s := range sides {
			for name, u := range s.run(tb) {
				out[i][name] = append(out[i][name], u)
			}
		}
	}
	return out
}

// say prints a result line on standard output: go test cuts a
// benchmark's log after ten lines, and these are its results.
func say(format string, args ...any) { fmt.Printf(format+"\n", args...) }
