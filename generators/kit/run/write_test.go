package run

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteSkipsUnchangedAndReplacesChanged(t *testing.T) {
	dir := t.TempDir()
	same, changed, created := filepath.Join(dir, "same.go"), filepath.Join(dir, "changed.go"), filepath.Join(dir, "sub", "new.go")
	os.WriteFile(same, []byte("package a\n"), 0o600)
	os.WriteFile(changed, []byte("package old\n"), 0o640)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(same, old, old)

	n, err := Write([]File{{same, []byte("package a\n")}, {changed, []byte("package b\n")}, {created, []byte("package c\n")}})
	if err != nil || n != 2 {
		t.Fatalf("Write = %d, %v; want 2 files written", n, err)
	}
	if info, _ := os.Stat(same); info.ModTime().After(old.Add(time.Second)) {
		t.Errorf("unchanged file was rewritten")
	}
	if data, _ := os.ReadFile(changed); string(data) != "package b\n" {
		t.Errorf("changed file holds %q", data)
	}
	if info, _ := os.Stat(changed); info.Mode().Perm() != 0o640 {
		t.Errorf("mode of a replaced file = %v, want it kept (0640)", info.Mode().Perm())
	}
	if data, _ := os.ReadFile(created); string(data) != "package c\n" {
		t.Errorf("new file holds %q", data)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestVerify(t *testing.T) {
	dir := t.TempDir()
	current, stale, missing := filepath.Join(dir, "current.go"), filepath.Join(dir, "stale.go"), filepath.Join(dir, "missing.go")
	os.WriteFile(current, []byte("package a\n"), 0o644)
	os.WriteFile(stale, []byte("package a\n\nvar X = 1\n"), 0o644)

	var out bytes.Buffer
	if err := Verify(&out, []File{{current, []byte("package a\n")}}); err != nil || out.Len() != 0 {
		t.Errorf("current file: err %v, output %q; want nil and nothing", err, out.String())
	}
	out.Reset()
	err := Verify(&out, []File{{current, []byte("package a\n")}, {stale, []byte("package a\n\nvar X = 2\n")}, {missing, []byte("package a\n")}})
	if !errors.Is(err, ErrStale) {
		t.Errorf("err = %v, want ErrStale", err)
	}
	for _, want := range []string{"-var X = 1\n+var X = 2\n", "--- /dev/null\n", "+package a\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("diff lacks %q:\n%s", want, out.String())
		}
	}
	if data, _ := os.ReadFile(stale); string(data) != "package a\n\nvar X = 1\n" {
		t.Errorf("Verify changed a file")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("Verify created a file")
	}
}
