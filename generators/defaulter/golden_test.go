package defaulter_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/defaulter"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/defaulter")

const outputFile = "zz_generated.defaults.go"

// goldens are defaulter-gen's cases; each is given as its directory alone,
// its subpackages being the inputs and peers its tags name.
func goldens(root string) goldentest.Goldens {
	return goldentest.Goldens{
		Dir: filepath.Join(root, "testdata", "defaulter"), OutputFile: outputFile,
		Header:     filepath.Join(root, "testdata", "boilerplate.go.txt"),
		NewCommand: func() *cli.Spec { return defaulter.NewCommand() },
		MinGolden:  10, MinErrors: 18, FlatErrors: true,
	}
}

// TestGolden generates every case (with the flags of its args.txt) and
// compares the output with the committed golden file; then vets the
// cases, which compiles them.
func TestGolden(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	goldens(root).Golden(t, root, *update)
}

// TestErrors runs each error case through the command line: exit 1, the
// errors its // want comments expect at their file:line:col, nothing
// written.
func TestErrors(t *testing.T) {
	goldentest.Loads(t)
	goldens(goldentest.Root(t)).Errors(t)
}
