package conversion_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/conversion")

const outputFile = "zz_generated.conversion.go"

// goldens are conversion-gen's cases, each a tree of packages (versions,
// the internal version, peers) generated together.
func goldens(root string) goldentest.Goldens {
	return goldentest.Goldens{
		Dir: filepath.Join(root, "testdata", "conversion"), OutputFile: outputFile,
		Header:     filepath.Join(root, "testdata", "boilerplate.go.txt"),
		NewCommand: func() *cli.Spec { return conversion.NewCommand() },
		MinGolden:  12, MinErrors: 8, Recursive: true,
	}
}

// TestGolden generates every case (the cases with the same args.txt in one
// run) and compares each file with the committed golden one, which must
// all come back; then vets the cases, which compiles them.
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
