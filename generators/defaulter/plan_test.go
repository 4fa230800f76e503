package defaulter_test

import (
	"testing"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// TestRefPackagesLoadedWhilePlanning: the package a +default=ref(...)
// names is loaded when defaulter-gen decides its targets, before any code
// is generated, so that the universe stays as it is while generators run.
func TestRefPackagesLoadedWhilePlanning(t *testing.T) {
	goldentest.Loads(t)
	const pkg = "github.com/gengokit/gengokit/testdata/defaulter/refs"
	l, err := load.Packages([]string{pkg}, defaulter.NameSystems(), "public")
	if err != nil {
		t.Fatal(err)
	}
	consts := func() bool {
		p := l.Context.Universe[pkg+"/consts"]
		return p != nil && p.Constants["Region"] != nil
	}
	if consts() {
		t.Fatal("the ref()'s package is loaded with the inputs; the test shows nothing")
	}
	args := defaulter.NewArgs()
	args.OutputFile = "zz_generated.defaults.go"
	if _, err := defaulter.Command(args).Targets(l); err != nil {
		t.Fatal(err)
	}
	if !consts() {
		t.Errorf("after planning, %s/consts is not loaded: it would be loaded while generating", pkg)
	}
}
