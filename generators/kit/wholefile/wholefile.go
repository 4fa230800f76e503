// Package wholefile is the gengo generator most of our files need: one
// that writes its whole file once, in Init, because the file is about a
// set of types known in advance (a factory, a clientset, a scheme, one
// type's client) rather than about each type of the universe in turn.
package wholefile

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// Generator writes one file in Init; it takes no types.
type Generator struct {
	generator.GoGenerator
	pkg     string
	imports namer.ImportTracker
	write   func(c *generator.Context, sw *generator.SnippetWriter) error
	// Extra, when set, returns import lines for packages the file names by
	// hand with aliases of its own, e.g. `appsv1 "k8s.io/api/apps/v1"`.
	Extra func() []string
}

// New returns a generator of file in package pkg (an import path); write
// writes the body with a "$"-delimited snippet writer.
func New(file, pkg string, write func(*generator.Context, *generator.SnippetWriter) error) *Generator {
	return &Generator{
		GoGenerator: generator.GoGenerator{OutputFilename: file},
		pkg:         pkg,
		imports:     generator.NewImportTrackerForPackage(pkg),
		write:       write,
	}
}

// NoError adapts a write function that cannot fail.
func NoError(write func(*generator.Context, *generator.SnippetWriter)) func(*generator.Context, *generator.SnippetWriter) error {
	return func(c *generator.Context, sw *generator.SnippetWriter) error {
		write(c, sw)
		return nil
	}
}

// Filter takes no types: the file is written in Init.
func (g *Generator) Filter(*generator.Context, *types.Type) bool { return false }

// Namers names types relative to the output package, tracking imports.
func (g *Generator) Namers(*generator.Context) namer.NameSystems {
	return namer.NameSystems{"raw": namer.NewRawNamer(g.pkg, g.imports)}
}

// Imports returns the tracked imports and the hand-named ones.
func (g *Generator) Imports(*generator.Context) []string {
	lines := g.imports.ImportLines()
	if g.Extra != nil {
		lines = append(lines, g.Extra()...)
	}
	return lines
}

// Init writes the file.
func (g *Generator) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	if err := g.write(c, sw); err != nil {
		return err
	}
	return sw.Error()
}

// Ref returns pkg.name (a type, function or variable) for a template to
// name through the raw namer, which imports its package.
func Ref(c *generator.Context, pkg, name string) *types.Type {
	return c.Universe.Type(types.Name{Package: pkg, Name: name})
}

// Target returns a target that writes gens into dir as package name (pkg
// is its import path), under hdr; its filter takes no types.
func Target(dir, pkg, name string, hdr []byte, gens ...generator.Generator) *generator.SimpleTarget {
	return &generator.SimpleTarget{
		PkgName:        name,
		PkgPath:        pkg,
		PkgDir:         dir,
		HeaderComment:  hdr,
		FilterFunc:     func(*generator.Context, *types.Type) bool { return false },
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}
