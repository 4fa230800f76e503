package goldentest

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// keepUntouched snapshots every file under dir and, when the test ends
// (however it ends), requires the tree to be as it was: an error case
// writes nothing, not even into its own packages (an in-place generator's
// output file), and changes no file. What differs is put back as it was
// (a file the run made is removed) and reported, so a case that wrongly
// succeeds leaves no output in testdata/ to be committed by mistake.
func keepUntouched(t *testing.T, dir string) {
	t.Helper()
	before := snapshot(t, dir)
	t.Cleanup(func() {
		after := snapshot(t, dir)
		for _, path := range slices.Sorted(maps.Keys(after)) {
			if _, ok := before[path]; !ok {
				t.Errorf("an error case wrote %s (removed now)", path)
				_ = os.Remove(path)
			}
		}
		for _, path := range slices.Sorted(maps.Keys(before)) {
			if data, ok := after[path]; !ok || !bytes.Equal(data, before[path]) {
				t.Errorf("an error case changed or removed %s (put back now)", path)
				_ = os.WriteFile(path, before[path], 0o644)
			}
		}
	})
}

// snapshot returns the content of every regular file under dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = data
		return err
	})
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	return files
}
