package defaulter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestWarnings runs the golden cases with warnings, each copied into a
// module of its own, through the command line: in ignoredfuncs, functions
// named like defaulters that defaulter-gen ignores (kubeadm's
// SetDefaults_Etcd takes a *ClusterConfiguration); in structdefaults, a
// +default key that names no field of its struct, which the generated
// code drops as upstream's does. Each is a warning at its file:line:col,
// printed once; the run exits 0 and writes the golden file, which compiles.
func TestWarnings(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	for _, name := range []string{"ignoredfuncs", "structdefaults"} {
		t.Run(name, func(t *testing.T) { checkWarnings(t, root, name) })
	}
}

// checkWarnings runs the golden case name and checks its warnings and
// output.
func checkWarnings(t *testing.T, root, name string) {
	dir := filepath.Join(root, "testdata", "defaulter", name)
	files := map[string]string{}
	for _, file := range []string{"doc.go", "types.go"} {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		files[name+"/"+file] = string(data)
	}
	s := goldentest.NewScratch(t, "example.com/warn", files)
	goldentest.Enter(t, s.Dir)
	var stdout, stderr bytes.Buffer
	args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "./" + name}
	if code := cli.Run(defaulter.NewCommand(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	goldentest.CheckWarnings(t, filepath.Join(s.Dir, name), stderr.String())
	want, err := os.ReadFile(filepath.Join(dir, outputFile))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Files(name)[outputFile]; !bytes.Equal(got, want) {
		t.Errorf("%s: got\n%s\nwant the golden\n%s", outputFile, got, want)
	}
	if out, code := s.Run("go", "vet", "./..."); code != 0 {
		t.Errorf("the output does not compile:\n%s", out)
	}
}
