package cli_test

import (
	"io"
	"slices"
	"testing"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// TestEveryGeneratorPlansFirst: over one load, every generator decides its
// targets (where it loads the packages it needs beyond its inputs) before
// any generates code, so that the universe no longer changes then.
func TestEveryGeneratorPlansFirst(t *testing.T) {
	goldentest.Loads(t)
	shopModule(t)
	var log []string
	recording := func(name string) *cli.Spec {
		return &cli.Spec{
			Name:        name,
			Flags:       noFlags{},
			NameSystems: func() namer.NameSystems { return namer.NameSystems{"raw": namer.NewRawNamer("", nil)} },
			Order:       "raw",
			Registry:    func() *tags.Registry { return &tags.Registry{Generator: name} },
			Output:      func() cli.Output { return cli.Output{Dir: "gen", Flags: "--output-dir"} },
			Targets: func(*load.Loaded) ([]generator.Target, error) {
				log = append(log, "plan "+name)
				file := wholefile.New(name+".go", "example.com/shop/gen", func(*generator.Context, *generator.SnippetWriter) error {
					log = append(log, "generate "+name)
					return nil
				})
				return []generator.Target{wholefile.Target("gen", "example.com/shop/gen", "gen", nil, file)}, nil
			},
		}
	}
	var invs []*cli.Invocation
	for _, name := range []string{"a-gen", "b-gen"} {
		inv, err := cli.Invoke(recording(name), []string{"./apis/shop/v1"}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		invs = append(invs, inv)
	}
	u, err := cli.Load(invs...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cli.GenerateAll(u, invs...); err != nil {
		t.Fatal(err)
	}
	if want := []string{"plan a-gen", "plan b-gen", "generate a-gen", "generate b-gen"}; !slices.Equal(log, want) {
		t.Errorf("order %q, want %q", log, want)
	}
}
