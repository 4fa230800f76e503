package goldentest

import (
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestMeasure: a process's wall and CPU time and peak memory are
// measured, a child's CPU time counts, and a failure carries the output.
func TestMeasure(t *testing.T) {
	u, err := Measure(exec.Command("sh", "-c", `sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done'`))
	if err != nil {
		t.Fatal(err)
	}
	if u.CPU <= 0 || u.Wall < u.CPU/2 || u.Peak <= 0 {
		t.Errorf("usage %v (%d bytes); want CPU time from the child, a wall time and a peak", u, u.Peak)
	}
	if _, err := Measure(exec.Command("sh", "-c", "echo boom; exit 3")); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("err = %v; want the failure with its output", err)
	}
}

// TestMedianUsage: each measure's median is taken on its own.
func TestMedianUsage(t *testing.T) {
	got := MedianUsage([]Usage{{Wall: 3, CPU: 1, Peak: 20}, {Wall: 1, CPU: 2, Peak: 30}, {Wall: 2, CPU: 3, Peak: 10}})
	if want := (Usage{Wall: 2, CPU: 2, Peak: 20}); got != want {
		t.Errorf("MedianUsage = %+v, want %+v", got, want)
	}
	if got := MedianUsage([]Usage{{Wall: time.Second, Peak: 2}, {Wall: 3 * time.Second, Peak: 4}}); got.Wall != 2*time.Second || got.Peak != 3 {
		t.Errorf("MedianUsage of two = %+v; want the means of the middle pair", got)
	}
}
