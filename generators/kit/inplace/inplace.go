// Package inplace is the scaffolding of the generators that write one file
// into each input package, next to the types (deepcopy-gen, defaulter-gen,
// conversion-gen, register-gen and prerelease-lifecycle-gen): their
// description (Spec) and the start of their plan (Plan), the tag checks of
// a package and its types, the target that writes one file per package,
// the comment lines a type's tags are read from, resolving a type a tag
// names, and a line writer with block helpers and positioned errors.
package inplace

import (
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/source"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// TypeLines returns the comment lines upstream's in-place generators read
// a type's tags from: the second-closest comment block (detached from the
// declaration by a blank line), then the doc comment.
func TypeLines(t *types.Type) []string {
	return append(slices.Clone(t.SecondClosestCommentLines), t.CommentLines...)
}

// PackageLines returns the lines the package tag named tag is read from:
// gengo's package comments, unless they give it more than once, which they
// do when a type declared in doc.go carries it too; then doc.go's own
// lines, without the types' comments.
func PackageLines(reg *tags.Registry, index *source.Index, pkg *types.Package, tag string) []string {
	if reg.Count(pkg.Comments, tag) > 1 {
		return index.PackageLines(pkg.Path)
	}
	return pkg.Comments
}

// SortedTypes returns pkg's types in name order, so that whatever is
// reported about them comes out in a stable order.
func SortedTypes(pkg *types.Package) []*types.Type {
	out := make([]*types.Type, 0, len(pkg.Types))
	for _, t := range pkg.Types {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *types.Type) int { return strings.Compare(a.Name.Name, b.Name.Name) })
	return out
}

// SortedFuncs returns pkg's functions in name order, so that what is
// found or reported about them comes out in a stable order.
func SortedFuncs(pkg *types.Package) []*types.Type {
	out := make([]*types.Type, 0, len(pkg.Functions))
	for _, f := range pkg.Functions {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b *types.Type) int { return strings.Compare(a.Name.Name, b.Name.Name) })
	return out
}

// EmbedsTypeMeta reports whether t embeds a field named TypeMeta: how
// upstream's in-place generators tell an API kind.
func EmbedsTypeMeta(t *types.Type) bool {
	return slices.ContainsFunc(t.Members, func(m types.Member) bool { return m.Embedded && m.Name == "TypeMeta" })
}

// Checker checks the tags of input packages against one generator's
// registry, every problem a positioned error in Errs.
type Checker struct {
	// Registry declares the tags the generator reads.
	Registry *tags.Registry
	// Index positions tags in the source.
	Index *source.Index
	// Errs collects the problems.
	Errs *diag.List
	// CheckType, when set, checks more of each type after its tags.
	CheckType func(t *types.Type)
}

// Package checks pkg's package tags and the tags of each of its types and
// their fields, and reports whether it found no problem.
func (c *Checker) Package(pkg *types.Package) bool {
	before := c.Errs.Len()
	own := func() []string { return c.Index.PackageLines(pkg.Path) }
	c.Registry.CheckPackage(pkg.Comments, own, c.Index.PackageTag(pkg.Path), c.Errs)
	for _, t := range SortedTypes(pkg) {
		c.Type(t)
	}
	return c.Errs.Len() == before
}

// Type checks the tags of t (read from TypeLines) and of its fields, then
// runs CheckType.
func (c *Checker) Type(t *types.Type) {
	c.Registry.Check(TypeLines(t), tags.Type, c.Index.TypeTag(t), c.Errs)
	for _, m := range t.Members {
		if !slices.Equal(m.CommentLines, t.CommentLines) { // a one-line struct's fields share its comment
			c.Registry.Check(m.CommentLines, tags.Member, c.Index.MemberTag(t, m.Name), c.Errs)
		}
	}
	if c.CheckType != nil {
		c.CheckType(t)
	}
}

// Target returns the target that writes the generators' file into pkg's
// directory, with the given header, over pkg's own types.
func Target(pkg *types.Package, header []byte, gens ...generator.Generator) generator.Target {
	return &generator.SimpleTarget{
		PkgName:       pkg.Name,
		PkgPath:       pkg.Path,
		PkgDir:        pkg.Dir,
		HeaderComment: header,
		FilterFunc: func(_ *generator.Context, t *types.Type) bool {
			return t.Name.Package == pkg.Path
		},
		GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens },
	}
}

// File is the base of an in-place gengo generator: it writes the named
// file into Pkg, and names types as code in Pkg does, recording the
// imports they need.
type File struct {
	generator.GoGenerator
	// Pkg is the package the file goes into.
	Pkg *types.Package
	// Tracker records the imports of the names Raw renders.
	Tracker *namer.DefaultImportTracker
	// Raw names types in Go syntax as seen from Pkg.
	Raw namer.Namer
}

// NewFile returns the base of a generator writing file name into pkg.
func NewFile(pkg *types.Package, name string) File {
	tracker := generator.NewImportTrackerForPackage(pkg.Path)
	return File{
		GoGenerator: generator.GoGenerator{OutputFilename: name},
		Pkg:         pkg,
		Tracker:     tracker,
		Raw:         namer.NewRawNamer(pkg.Path, tracker),
	}
}

// Imports returns the import lines of every package the code names:
// gengo's tracker, made for Pkg, leaves Pkg itself out.
func (f *File) Imports(*generator.Context) []string { return f.Tracker.ImportLines() }
