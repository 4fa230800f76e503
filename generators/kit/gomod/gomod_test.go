package gomod

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeModule writes a go.mod of module example.com/m with the given
// lines after its go line, and returns its directory.
func writeModule(t *testing.T, dir string, lines ...string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "module example.com/m\n\ngo 1.26\n\n" + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// check runs Check for client-gen's minimums on the output directory
// pkg/generated (not yet created) of a module with the given go.mod lines.
func check(t *testing.T, lines ...string) error {
	t.Helper()
	dir := writeModule(t, t.TempDir(), lines...)
	return Check(filepath.Join(dir, "pkg", "generated"), "client-gen", "discovery.DiscoveryInterfaces", Kube("v0.37.0")...)
}

func TestCheck(t *testing.T) {
	t.Setenv("GOWORK", "off")
	const getFix = "go get k8s.io/client-go@v0.37.2 k8s.io/apimachinery@v0.37.2"
	tests := []struct {
		name  string
		lines []string
		want  []string // substrings of the error; none: no error
	}{
		{"old client-go", []string{"require k8s.io/client-go v0.34.1"},
			[]string{"go.mod:5:1: k8s.io/client-go v0.34.1 is too old for the code client-gen generates, which needs v0.37.0 or later (it uses discovery.DiscoveryInterfaces)", getFix}},
		{"old in a block, apimachinery current", []string{"require (", "\tk8s.io/apimachinery v0.37.2", "\tk8s.io/client-go v0.36.6", ")"},
			[]string{"go.mod:7:2: k8s.io/client-go v0.36.6 is too old"}},
		{"both old", []string{"require (", "\tk8s.io/apimachinery v0.34.1", "\tk8s.io/client-go v0.34.1", ")"},
			[]string{"go.mod:6:2: k8s.io/apimachinery v0.34.1 is too old", "go.mod:7:2: k8s.io/client-go v0.34.1 is too old"}},
		{"pre-release of the minimum", []string{"require k8s.io/client-go v0.37.0-rc.1"}, []string{"v0.37.0-rc.1 is too old"}},
		{"replaced by an old version", []string{"require k8s.io/client-go v0.37.2", "replace k8s.io/client-go => k8s.io/client-go v0.35.0"},
			[]string{"go.mod:6:1: k8s.io/client-go v0.35.0 is too old"}},
		{"replace of another version", []string{"require k8s.io/client-go v0.37.2", "replace k8s.io/client-go v0.35.0 => k8s.io/client-go v0.35.0"}, nil},
		{"current", []string{"require (", "\tk8s.io/apimachinery v0.37.2", "\tk8s.io/client-go v0.37.2", ")"}, nil},
		{"newer", []string{"require k8s.io/client-go v0.38.0-beta.0"}, nil},
		{"replaced by a directory", []string{"require k8s.io/client-go v0.34.1", "replace k8s.io/client-go => ../client-go"}, nil},
		{"pseudo-version (a fork)", []string{"require k8s.io/client-go v0.0.0-20250101000000-0123456789ab"}, nil},
		{"placeholder of a staging module", []string{"require k8s.io/client-go v0.0.0"}, nil},
		{"not required yet", []string{"require github.com/spf13/pflag v1.0.5"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := check(t, tt.lines...)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

func TestCheckWithoutGoMod(t *testing.T) {
	t.Setenv("GOWORK", "off")
	dir := t.TempDir()
	if m, err := Find(dir); err != nil || m != nil {
		t.Skipf("a go.mod above %s (%v, %v)", dir, m, err)
	}
	if err := Check(dir, "client-gen", "x", Kube("v0.37.0")...); err != nil {
		t.Errorf("no go.mod: got %v, want no error", err)
	}
}

// TestCheckWorkspace checks that a go.work using the output module decides
// with its other modules' requirements and its own replace directives.
func TestCheckWorkspace(t *testing.T) {
	root := t.TempDir()
	out := writeModule(t, filepath.Join(root, "app"), "require k8s.io/client-go v0.34.1")
	writeModule(t, filepath.Join(root, "lib"), "require k8s.io/client-go v0.37.2")
	work := filepath.Join(root, "go.work")
	writeWork := func(lines ...string) {
		text := "go 1.26\n\nuse (\n\t./app\n\t./lib\n)\n" + strings.Join(lines, "\n") + "\n"
		if err := os.WriteFile(work, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOWORK", work)
	writeWork()
	if err := Check(out, "client-gen", "x", Kube("v0.37.0")...); err != nil {
		t.Errorf("the workspace selects v0.37.2: got %v", err)
	}
	writeWork("replace k8s.io/client-go => k8s.io/client-go v0.36.0")
	if err := Check(out, "client-gen", "x", Kube("v0.37.0")...); err == nil || !strings.Contains(err.Error(), "go.work:7:1: k8s.io/client-go v0.36.0 is too old") {
		t.Errorf("the go.work replaces client-go by v0.36.0: got %v", err)
	}
	t.Setenv("GOWORK", "off")
	if err := Check(out, "client-gen", "x", Kube("v0.37.0")...); err == nil {
		t.Error("GOWORK=off: the module alone requires v0.34.1, got no error")
	}
}
