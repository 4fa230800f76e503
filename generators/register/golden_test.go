package register_test

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/register"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/register")

const outputFile = "zz_generated.register.go"

func goldens(root string) goldentest.Goldens {
	return goldentest.Goldens{
		Dir: filepath.Join(root, "testdata", "register"), OutputFile: outputFile,
		Header:     filepath.Join(root, "testdata", "boilerplate.go.txt"),
		NewCommand: func() *cli.Spec { return register.NewCommand() },
		MinGolden:  5, MinErrors: 4, Recursive: true,
	}
}

// TestGolden generates every case (each a tree of <group>/<version>
// packages) and compares each output with the committed golden file; the
// packages of case skipped must get none. Then it vets the cases, which
// compiles them.
// It is part of `go test -short` too: the in-place path, from loading to
// the compiled golden, in a few seconds.
func TestGolden(t *testing.T) {
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
