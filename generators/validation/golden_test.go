package validation_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/validation"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/validation")

// goldens are validation-gen's cases.
func goldens(root string) goldentest.Goldens {
	return goldentest.Goldens{
		Dir: filepath.Join(root, "testdata", "validation"), OutputFile: "zz_generated.validations.go",
		Header:     filepath.Join(root, "testdata", "boilerplate.go.txt"),
		NewCommand: func() *cli.Spec { return validation.NewCommand() },
		MinGolden:  2, MinErrors: 1, FlatErrors: true,
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
