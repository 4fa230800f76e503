package openapi

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRegularReport checks which reports keep a run out of the cache of
// runs: one printed ("-") or written to a device, not a file.
func TestRegularReport(t *testing.T) {
	file := filepath.Join(t.TempDir(), "violations.list")
	for path, want := range map[string]bool{"-": false, os.DevNull: false, file: true} {
		if got := regularReport(path); got != want {
			t.Errorf("regularReport(%q) = %v, want %v", path, got, want)
		}
	}
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if !regularReport(file) {
		t.Errorf("regularReport(%q) = false for an existing file, want true", file)
	}
}
