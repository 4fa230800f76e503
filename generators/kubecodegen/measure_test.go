package kubecodegen_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// usage is what one run cost, as the kernel accounts a waited-for process:
// its wall time, the CPU time (user + system) of the process and of every
// descendant it waited for, and the largest peak resident set of any single
// one of those processes (Linux's wait4 reports the child's own ru_maxrss
// or, when larger, the largest of its reaped descendants').
type usage struct {
	wall, cpu time.Duration
	peak      int64 // bytes
}

// then is the usage of running u, then v: the times add up, the peak is
// the larger one (the processes did not overlap).
func (u usage) then(v usage) usage {
	return usage{wall: u.wall + v.wall, cpu: u.cpu + v.cpu, peak: max(u.peak, v.peak)}
}

// mib is the peak in MiB.
func (u usage) mib() float64 { return float64(u.peak) / (1 << 20) }

// String prints the usage as the benchmark's log lines do.
func (u usage) String() string {
	return fmt.Sprintf("wall %.2fs, cpu %.2fs, peak %.0f MiB", u.wall.Seconds(), u.cpu.Seconds(), u.mib())
}

// measure runs cmd to completion and returns its usage; a failure carries
// the command's output.
func measure(cmd *exec.Cmd) (usage, error) {
	var out bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &out
	}
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return usage{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out.String())
	}
	st := cmd.ProcessState
	u := usage{wall: wall, cpu: st.UserTime() + st.SystemTime()}
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		u.peak = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return u, nil
}

// command is a command line run in dir with the environment COMPAT.md
// prescribes (goldentest.RunIn's) plus extra.
func command(dir, bin string, args []string, extra ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "LC_ALL=C")
	cmd.Env = append(cmd.Env, extra...)
	return cmd
}

// medianUsage is the median of each measure on its own.
func medianUsage(us []usage) usage {
	walls, cpus, peaks := make([]time.Duration, len(us)), make([]time.Duration, len(us)), make([]int64, len(us))
	for i, u := range us {
		walls[i], cpus[i], peaks[i] = u.wall, u.cpu, u.peak
	}
	return usage{wall: median(walls), cpu: median(cpus), peak: median(peaks)}
}

func median[T time.Duration | int64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
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
func (s side) run(tb testing.TB) map[string]usage {
	tb.Helper()
	s.prepare()
	got := map[string]usage{}
	for _, st := range s.steps {
		u, err := measure(st.cmd())
		if err != nil {
			tb.Fatalf("%s, %s: %v", s.name, st.name, err)
		}
		got[st.name] = u
	}
	return got
}

// rounds holds, per step name, one usage per round.
type rounds map[string][]usage

// median is the median, over the rounds, of the named steps' usage one
// after the other in each round (each measure on its own).
func (r rounds) median(names ...string) usage {
	totals := make([]usage, len(r[names[0]]))
	for i := range totals {
		for _, n := range names {
			totals[i] = totals[i].then(r[n][i])
		}
	}
	return medianUsage(totals)
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

// loadLine is the machine's load average, for the log: timings on a shared
// machine are noisy.
func loadLine() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load unknown"
	}
	return "load average " + strings.Join(strings.Fields(string(data))[:3], " ")
}
