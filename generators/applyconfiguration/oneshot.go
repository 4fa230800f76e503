package applyconfiguration

import (
	"k8s.io/gengo/v2/generator"

	"github.com/gengokit/gengokit/generators/kit/wholefile"
)

// fileGen is the shared whole-file generator.
type fileGen = wholefile.Generator

func newFileGen(file, pkg string, write func(*generator.Context, *generator.SnippetWriter) error) *fileGen {
	return wholefile.New(file, pkg, write)
}

// target returns a target that writes gens into dir, as package name.
func target(dir, pkg, name string, hdr []byte, gens ...generator.Generator) generator.Target {
	return wholefile.Target(dir, pkg, name, hdr, gens...)
}
