package protobuf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// countingProtoc puts a protoc first on PATH that logs each command line
// (one a line) and runs the real one; it returns the log's path.
func countingProtoc(t *testing.T) string {
	real, err := exec.LookPath("protoc")
	if err != nil {
		t.Skip("protoc is not on PATH (install protobuf-compiler): the whole pipeline is not run")
	}
	dir := t.TempDir()
	log := filepath.Join(dir, "protoc.log")
	script := "#!/bin/sh\necho \"$*\" >>" + log + "\nexec " + real + " \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "protoc"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return log
}

// protocRuns returns the command lines the counting protoc logged, and
// empties its log.
func protocRuns(t *testing.T, log string) []string {
	data, err := os.ReadFile(log)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	os.Remove(log)
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// twoPackages is a scratch module with two API packages, v1 and v2, each
// with a Thing: under one protobuf package name their messages clash.
func twoPackages(t *testing.T) *goldentest.Scratch {
	return goldentest.NewScratch(t, "example.com/m", map[string]string{
		"v1/types.go": "package v1\n\n// Thing is a thing.\ntype Thing struct {\n\tName string `json:\"name\"`\n}\n",
		"v2/types.go": "package v2\n\n// Thing is a thing.\ntype Thing struct {\n\tCount int32 `json:\"count\"`\n}\n",
	})
}

// TestProtocOncePerRun: the pipeline runs protoc once for all its
// packages, and each generated.pb.go is the one a run of its package
// alone writes.
func TestProtocOncePerRun(t *testing.T) {
	goldentest.Loads(t)
	log := countingProtoc(t)
	s := twoPackages(t)
	goldentest.Enter(t, s.Dir)
	base := []string{"--apimachinery-packages=", "--proto-import=" + gogoImport(t)}
	if code, out := runCommand(append(base, "--packages=example.com/m/v1,example.com/m/v2")...); code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	runs := protocRuns(t, log)
	if len(runs) != 1 || !strings.Contains(runs[0], "example.com/m/v1/generated.proto example.com/m/v2/generated.proto") {
		t.Errorf("protoc ran %d times (%q); want once, over both packages", len(runs), runs)
	}
	together := [][]byte{s.Files("v1")["generated.pb.go"], s.Files("v2")["generated.pb.go"]}
	for i, pkg := range []string{"v1", "v2"} {
		if code, out := runCommand(append(base, "--packages=example.com/m/"+pkg)...); code != 0 {
			t.Fatalf("%s alone: exit %d: %s", pkg, code, out)
		}
		if alone := s.Files(pkg)["generated.pb.go"]; len(alone) == 0 || !bytes.Equal(alone, together[i]) {
			t.Errorf("%s/generated.pb.go of a run of %s alone differs from the one of both:\n%s\n---\n%s", pkg, pkg, alone, together[i])
		}
	}
}

// TestProtocPerPackageFallback: packages protoc refuses together (two
// messages Thing in one protobuf package, neither importing the other)
// but accepts one by one, as upstream runs it, are generated one by one.
func TestProtocPerPackageFallback(t *testing.T) {
	goldentest.Loads(t)
	log := countingProtoc(t)
	s := twoPackages(t)
	goldentest.Enter(t, s.Dir)
	code, out := runCommand("--apimachinery-packages=", "--proto-import="+gogoImport(t), "--packages=example.com/m/v1=example.m,example.com/m/v2=example.m")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if runs := protocRuns(t, log); len(runs) != 3 {
		t.Errorf("protoc ran %d times (%q); want 3: both packages, then each alone", len(runs), runs)
	}
	for _, pkg := range []string{"v1", "v2"} {
		if !bytes.Contains(s.Files(pkg)["generated.pb.go"], []byte("func (m *Thing) Unmarshal(dAtA []byte) error {")) {
			t.Errorf("%s/generated.pb.go has no Thing.Unmarshal", pkg)
		}
	}
}
