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

// TestWarnings runs the ignoredfuncs case, copied into a module of its
// own, through the command line: functions named like defaulters that
// defaulter-gen ignores (kubeadm's SetDefaults_Etcd takes a
// *ClusterConfiguration) are warnings at their file:line:col, each printed
// once; the run exits 0 and writes the golden file, which compiles.
func TestWarnings(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	dir := filepath.Join(root, "testdata", "defaulter", "ignoredfuncs")
	files := map[string]string{}
	for _, name := range []string{"doc.go", "types.go"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		files["ignoredfuncs/"+name] = string(data)
	}
	s := goldentest.NewScratch(t, "example.com/warn", files)
	goldentest.Enter(t, s.Dir)
	var stdout, stderr bytes.Buffer
	args := []string{"--output-file", outputFile, "--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"), "./ignoredfuncs"}
	if code := cli.Run(defaulter.NewCommand(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	goldentest.CheckWarnings(t, filepath.Join(s.Dir, "ignoredfuncs"), stderr.String())
	want, err := os.ReadFile(filepath.Join(dir, outputFile))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Files("ignoredfuncs")[outputFile]; !bytes.Equal(got, want) {
		t.Errorf("%s: got\n%s\nwant the golden\n%s", outputFile, got, want)
	}
	if out, code := s.Run("go", "vet", "./..."); code != 0 {
		t.Errorf("the output does not compile:\n%s", out)
	}
}
