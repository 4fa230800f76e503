package conversion_test

import (
	"os"
	"path/filepath"
	"testing"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// TestExplicitSourcesLoadedWhilePlanning: the package a
// +k8s:conversion-gen:explicit-from names is loaded when conversion-gen
// decides its targets, before any code is generated, so that the universe
// stays as it is while generators run.
func TestExplicitSourcesLoadedWhilePlanning(t *testing.T) {
	goldentest.Loads(t)
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod":      "module example.com/m\n\ngo 1.22\n",
		"v1/doc.go":   "// +k8s:conversion-gen=false\n// +groupName=example.com\n\npackage v1\n",
		"v1/types.go": "package v1\n\n// +k8s:conversion-gen:explicit-from=net/url.Values\ntype Options struct {\n\tName string\n}\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goldentest.Enter(t, dir)
	l, err := load.Packages([]string{"./v1"}, conversion.NameSystems(), "public")
	if err != nil {
		t.Fatal(err)
	}
	values := func() bool {
		p := l.Context.Universe["net/url"]
		return p != nil && p.Types["Values"] != nil && p.Types["Values"].Kind != types.Unknown
	}
	if values() {
		t.Fatal("the explicit-from package is loaded with the inputs; the test shows nothing")
	}
	args := conversion.NewArgs()
	// Without peers, no package of the run imports net/url.
	args.OutputFile, args.BasePeerDirs = "zz_generated.conversion.go", nil
	if _, err := conversion.Command(args).Targets(l); err != nil {
		t.Fatal(err)
	}
	if !values() {
		t.Error("after planning, net/url is not loaded: it would be loaded while generating")
	}
}
