package goldentest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Usage is what one process run cost, as the kernel accounts a waited-for
// process: its wall time, the CPU time (user + system) of the process and
// of every descendant it waited for (protoc and its plugin, goimports), and
// the largest peak resident set of any single one of them (Linux's wait4
// reports the child's own ru_maxrss or, when larger, its reaped
// descendants' largest).
type Usage struct {
	Wall, CPU time.Duration
	Peak      int64 // bytes
}

// Then is the usage of running u, then v: the times add up, the peak is
// the larger one (the processes did not overlap).
func (u Usage) Then(v Usage) Usage {
	return Usage{Wall: u.Wall + v.Wall, CPU: u.CPU + v.CPU, Peak: max(u.Peak, v.Peak)}
}

// MiB is the peak in MiB.
func (u Usage) MiB() float64 { return float64(u.Peak) / (1 << 20) }

// String prints the usage as benchmark result lines do.
func (u Usage) String() string {
	return fmt.Sprintf("wall %.2fs, cpu %.2fs, peak %.0f MiB", u.Wall.Seconds(), u.CPU.Seconds(), u.MiB())
}

// Measure runs cmd to completion and returns its usage; a failure carries
// the command's output (its standard output too, unless cmd sends that
// elsewhere).
func Measure(cmd *exec.Cmd) (Usage, error) {
	var out bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &out
	}
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return Usage{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out.String())
	}
	st := cmd.ProcessState
	u := Usage{Wall: wall, CPU: st.UserTime() + st.SystemTime()}
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		u.Peak = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return u, nil
}

// MedianUsage is the median of each measure on its own.
func MedianUsage(us []Usage) Usage {
	walls, cpus, peaks := make([]time.Duration, len(us)), make([]time.Duration, len(us)), make([]int64, len(us))
	for i, u := range us {
		walls[i], cpus[i], peaks[i] = u.Wall, u.CPU, u.Peak
	}
	return Usage{Wall: median(walls), CPU: median(cpus), Peak: median(peaks)}
}

// Contestant is one side of ContestUsage: a fresh command per run, and a
// check of what the run left (untimed; it fails tb on wrong outputs).
type Contestant struct {
	Name  string
	Cmd   func() *exec.Cmd
	Check func()
}

// ContestUsage runs the contestants in alternation, rounds times each,
// prepare before every run and each one's Check after it (both untimed),
// and returns each contestant's median usage, in order.
func ContestUsage(tb testing.TB, rounds int, prepare func(), cs ...Contestant) []Usage {
	tb.Helper()
	all := make([][]Usage, len(cs))
	for r := range rounds {
		for i, c := range cs {
			prepare()
			u, err := Measure(c.Cmd())
			if err != nil {
				tb.Fatalf("%s: %v", c.Name, err)
			}
			fmt.Printf("round %d, %s: %v\n", r+1, c.Name, u)
			if c.Check != nil {
				c.Check()
			}
			all[i] = append(all[i], u)
		}
	}
	out := make([]Usage, len(cs))
	for i := range cs {
		out[i] = MedianUsage(all[i])
	}
	return out
}

// LoadAverage is the machine's load average for a benchmark's log:
// timings on a shared machine are noisy.
func LoadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "load unknown"
	}
	return "load average " + strings.Join(strings.Fields(string(data))[:3], " ")
}

// ReportVersus reports ours and upstream's usage as a benchmark's metrics
// (seconds of wall and CPU time, peak MiB, and the ratios ours/upstream)
// and returns the wall and CPU ratios.
func ReportVersus(b *testing.B, ours, up Usage) (wall, cpu float64) {
	wall, cpu = ours.Wall.Seconds()/up.Wall.Seconds(), ours.CPU.Seconds()/up.CPU.Seconds()
	b.ReportMetric(ours.Wall.Seconds(), "ours-s")
	b.ReportMetric(up.Wall.Seconds(), "upstream-s")
	b.ReportMetric(wall, "wall-ratio")
	b.ReportMetric(ours.CPU.Seconds(), "ours-cpu-s")
	b.ReportMetric(up.CPU.Seconds(), "upstream-cpu-s")
	b.ReportMetric(cpu, "cpu-ratio")
	b.ReportMetric(ours.MiB(), "ours-peak-MiB")
	b.ReportMetric(up.MiB(), "upstream-peak-MiB")
	return wall, cpu
}
