package goldentest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSplitByCase checks how a shared run's stderr is dealt out: each
// positioned error to the case its file lies in (relative paths against
// the working directory), klog's records to none, other lines to all;
// and an error at a file of no case spoils the split.
func TestSplitByCase(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	a, b := filepath.Join(wd, "cases", "a"), filepath.Join(wd, "cases", "ab")
	stderr := a + "/types.go:3:4: wrong in a\n" +
		"cases/ab/v1/doc.go:1:1: wrong in ab\n" +
		"W1202 03:44:54.747029   15865 file.go:52] a warning\n" +
		"gen: something else\n"
	parts, ok := splitByCase(t, stderr, []string{a, b})
	if !ok {
		t.Fatal("split refused")
	}
	if want := a + "/types.go:3:4: wrong in a\ngen: something else\n"; parts[a] != want {
		t.Errorf("case a got %q, want %q", parts[a], want)
	}
	if want := "cases/ab/v1/doc.go:1:1: wrong in ab\ngen: something else\n"; parts[b] != want {
		t.Errorf("case ab got %q, want %q", parts[b], want)
	}
	if _, ok := splitByCase(t, "/elsewhere/x.go:1:1: no case's\n", []string{a, b}); ok {
		t.Error("an error outside every case was dealt out")
	}
}
