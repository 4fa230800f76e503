package applyconfiguration

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// fileGen is a generator that writes its whole file once, in Init: every
// file here is about types known in advance, not about each type of the
// universe in turn.
type fileGen struct {
	generator.GoGenerator
	pkg     string
	imports namer.ImportTracker
	write   func(c *generator.Context, sw *generator.SnippetWriter) error
}

func newFileGen(file, pkg string, write func(*generator.Context, *generator.SnippetWriter) error) *fileGen {
	return &fileGen{
		GoGenerator: generator.GoGenerator{OutputFilename: file},
		pkg:         pkg,
		imports:     generator.NewImportTrackerForPackage(pkg),
		write:       write,
	}
}

// Filter takes no types: the file is written in Init.
func (g *fileGen) Filter(*generator.Context, *types.Type) bool { return false }

// Namers names types relative to the output package, tracking imports.
func (g *fileGen) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the packages the file names.
func (g *fileGen) Imports(*generator.Context) []string { return g.imports.ImportLines() }

// Init writes the file.
func (g *fileGen) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	if err := g.write(c, sw); err != nil {
		return err
	}
	return sw.Error()
}

// target returns a target that writes gens into dir, as package name.
func target(dir, pkg, name string, hdr []byte, gens ...generator.Generator) generator.Target {
	return &generator.SimpleTarget{
		PkgName:        name,
		PkgPath:        pkg,
		PkgDir:         dir,
		HeaderComment:  hdr,
		FilterFunc:     func(*generator.Context, *types.Type) bool { return false },
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}
