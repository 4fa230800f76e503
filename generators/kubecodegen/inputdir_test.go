package kubecodegen_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestInputDirectoryHint: an input directory that is not one here gets a
// message with the directory that would work, worked out from the module,
// and never the path given as its example.
func TestInputDirectoryHint(t *testing.T) {
	s := goldentest.NewScratch(t, "example.com/shop", map[string]string{
		"pkg/apis/shop/v1/doc.go": shopDoc("v1"), "pkg/apis/shop/v1/types.go": shopTypes("v1", "Widget"),
	})
	empty := t.TempDir()
	for _, c := range []struct {
		wd, dir string
		want    string
	}{
		{s.Dir, "example.com/shop/pkg/apis", "the input directory example.com/shop/pkg/apis is an import path; kube-codegen takes the local directory (as kube_codegen.sh does): give ./pkg/apis"},
		{filepath.Join(s.Dir, "pkg"), "./pkg/apis", "the input directory ./pkg/apis is not a directory here (it is one under the module root " + s.Dir + "): give ./apis"},
		{s.Dir, "./pkg/apis/shop/v1/doc.go", "the input directory ./pkg/apis/shop/v1/doc.go is a file; give the directory under which the API packages are, e.g. ./pkg/apis/shop/v1"},
		{empty, "./pkg/apis", "the input directory ./pkg/apis does not exist in " + empty + "; give the local directory under which the API packages are, relative to it, e.g. ./api"},
		{empty, "./apis", "e.g. ./pkg/apis"},
	} {
		t.Chdir(c.wd)
		code, out := codegen(t, "helpers", c.dir)
		if code != 1 || !strings.Contains(out, c.want) {
			t.Errorf("in %s, kube-codegen helpers %s: exit %d, want 1 and %q in:\n%s", c.wd, c.dir, code, c.want, out)
		}
		if strings.Contains(out, "e.g. "+c.dir) {
			t.Errorf("in %s, kube-codegen helpers %s: the example repeats the path given:\n%s", c.wd, c.dir, out)
		}
	}
}
