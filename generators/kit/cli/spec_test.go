package cli_test

import (
	"io"
	"slices"
	"testing"

	"github.com/gengokit/gengokit/generators/deepcopy"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/lister"
)

// TestOwnedScopes: a generator owns the Output.Owned its parsed flags
// name, and nothing without an Output or an Owned directory.
func TestOwnedScopes(t *testing.T) {
	dir := "gen/listers"
	for _, c := range []struct {
		spec *cli.Spec
		args []string
		want []string
	}{
		{lister.NewCommand(), []string{"--output-dir", dir, "--output-pkg", "example.com/gen/listers", "./apis/..."}, []string{dir}},
		{deepcopy.NewCommand(), []string{"--output-file", "zz_generated.deepcopy.go", "./apis/..."}, nil},
		{&cli.Spec{Name: "report-gen", Flags: noFlags{}, Output: func() cli.Output { return cli.Output{Dir: dir} }}, []string{"./apis/..."}, nil},
	} {
		if _, err := cli.Parse(c.spec, c.args, io.Discard); err != nil {
			t.Fatalf("%s: %v", c.spec.Name, err)
		}
		var got []string
		for _, s := range cli.OwnedScopes(c.spec) {
			if s.Generator != c.spec.Name {
				t.Errorf("%s: scope of %s", c.spec.Name, s.Generator)
			}
			got = append(got, s.Dirs...)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: owns %q, want %q", c.spec.Name, got, c.want)
		}
	}
}
