// Package wholefile holds the gengo generators our client-side files are
// written by. Generator writes a whole file at once, because the file is
// about a set of types known in advance (a factory, a clientset, a
// scheme); PerType writes a file about the types its filter keeps (one
// type's lister or client). Both name other packages' identifiers through
// gengo's import tracker, so that a file imports what it uses and nothing
// else; Alias pins the name a package is imported by where upstream's
// output names it differently from the tracker.
package wholefile

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
)

// WriteFunc writes a file's body with a "$"-delimited snippet writer.
type WriteFunc func(c *generator.Context, sw *generator.SnippetWriter) error

// TypeWriteFunc writes what a file says about type t.
type TypeWriteFunc func(c *generator.Context, sw *generator.SnippetWriter, t *types.Type) error

// Generator writes one file in Init; it takes no types.
type Generator struct {
	tracked
	write WriteFunc
}

// New returns the generator of file in package pkg (an import path),
// whose body write writes.
func New(file, pkg string, write WriteFunc) *Generator {
	return &Generator{tracked: newTracked(file, pkg), write: write}
}

// Filter takes no types: the file is written in Init.
func (g *Generator) Filter(*generator.Context, *types.Type) bool { return false }

// Init writes the file.
func (g *Generator) Init(c *generator.Context, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	if err := g.write(c, sw); err != nil {
		return err
	}
	return sw.Error()
}

// PerType writes one file with write called for each type keep keeps, in
// the order of the context.
type PerType struct {
	tracked
	keep  func(*types.Type) bool
	write TypeWriteFunc
}

// NewPerType returns the generator of file in package pkg (an import
// path), which writes each type keep keeps with write.
func NewPerType(file, pkg string, keep func(*types.Type) bool, write TypeWriteFunc) *PerType {
	return &PerType{tracked: newTracked(file, pkg), keep: keep, write: write}
}

// Filter keeps the types keep keeps.
func (g *PerType) Filter(_ *generator.Context, t *types.Type) bool { return g.keep(t) }

// GenerateType writes t.
func (g *PerType) GenerateType(c *generator.Context, t *types.Type, w io.Writer) error {
	sw := generator.NewSnippetWriter(w, c, "$", "$")
	if err := g.write(c, sw, t); err != nil {
		return err
	}
	return sw.Error()
}

// Only returns a filter that keeps t and nothing else.
func Only(t *types.Type) func(*types.Type) bool {
	return func(u *types.Type) bool { return u == t }
}

// Ref returns pkg.name (a type, function or variable) for a template to
// name through the raw namer, which imports its package. The reference is
// not added to the universe, which other generators of a run may share.
func Ref(pkg, name string) *types.Type { return types.Ref(pkg, name) }

// Target returns a target that writes gens into dir as package name (pkg
// is its import path), under hdr. It passes its generators the types some
// PerType among them keeps.
func Target(dir, pkg, name string, hdr []byte, gens ...generator.Generator) *generator.SimpleTarget {
	return &generator.SimpleTarget{
		PkgName:        name,
		PkgPath:        pkg,
		PkgDir:         dir,
		HeaderComment:  hdr,
		FilterFunc:     func(_ *generator.Context, t *types.Type) bool { return anyKeeps(gens, t) },
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}

// anyKeeps reports whether a PerType of gens keeps t.
func anyKeeps(gens []generator.Generator, t *types.Type) bool {
	for _, g := range gens {
		if pt, ok := g.(*PerType); ok && pt.keep(t) {
			return true
		}
	}
	return false
}
