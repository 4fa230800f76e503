// Package source maps the types, members and comment-tag lines of loaded
// packages to file:line:col. gengo's types carry no positions, so the index
// re-parses the input files with go/parser, lazily: a package is parsed the
// first time one of its positions is asked for, which in a clean run is never.
package source

import (
	"go/build"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"
)

// Line is one physical line of a comment.
type Line struct {
	// Pos is where the line's text starts: at its "+" for a tag line.
	Pos token.Position
	// Text is the line without its comment marker and leading blanks,
	// e.g. "+k8s:deepcopy-gen=package".
	Text string
	// Block is whether the line is in a /* ... */ comment.
	Block bool
}

// Decl is a declaration (type or member) with the comment lines gengo
// attaches to it.
type Decl struct {
	// Pos is the position of the declared name.
	Pos token.Position
	// Comments are the lines of the doc comment and, for types, of the
	// detached comment block above it, in source order.
	Comments []Line
	// From is, for a type defined as another named type (type A B, or
	// type A pkg.B), that type: its package's import path ("" for the
	// declaring package) and name. gengo's universe knows only A's
	// underlying type. Empty for any other declaration.
	From types.Name
	// Detached is, for a struct member, the comment block above its doc
	// comment (or above it) after a blank line, below the previous
	// member: controller-gen reads markers there too.
	Detached []Line
}

// Index finds positions in the packages of a universe.
type Index struct {
	universe  types.Universe
	buildTags []string
	fset      *token.FileSet
	pkgs      map[string]*pkgIndex
}

type pkgIndex struct {
	dir string
	doc []Line
	// clauses are the lines of the comments above every file's package
	// clause, file by file in the order of their names.
	clauses []Line
	docPos  token.Position // doc.go's package clause
	types   map[string]*Decl
	members map[string]map[string]*Decl
	funcs   map[string]*Decl
	// topLevel holds every package-level name: constants, variables,
	// functions and types.
	topLevel map[string]*Decl
}

// NewIndex returns an index over the packages of u, reading files as the
// loader did with the given build tags.
func NewIndex(u types.Universe, buildTags []string) *Index {
	return &Index{universe: u, buildTags: buildTags, fset: token.NewFileSet(), pkgs: map[string]*pkgIndex{}}
}

// Type returns the declaration of t, or a Decl pointing at its package's
// directory when it cannot be found.
func (x *Index) Type(t *types.Type) *Decl {
	p := x.pkg(t.Name.Package)
	if d, ok := p.types[baseName(t.Name.Name)]; ok {
		return d
	}
	return &Decl{Pos: token.Position{Filename: p.dir}}
}

// Member returns the declaration of the member of t named name, or t's own
// declaration when it cannot be found.
func (x *Index) Member(t *types.Type, name string) *Decl {
	p := x.pkg(t.Name.Package)
	if d, ok := p.members[baseName(t.Name.Name)][name]; ok {
		return d
	}
	return x.Type(t)
}

// Func returns the declaration of the package-level function named name
// (not a method), or a Decl pointing at the package's directory when it
// cannot be found.
func (x *Index) Func(pkgPath, name string) *Decl {
	p := x.pkg(pkgPath)
	if d, ok := p.funcs[name]; ok {
		return d
	}
	return &Decl{Pos: token.Position{Filename: p.dir}}
}

// TopLevel returns the declaration of the package-level constant,
// variable, function or type named name, and whether there is one.
func (x *Index) TopLevel(pkgPath, name string) (*Decl, bool) {
	d, ok := x.pkg(pkgPath).topLevel[name]
	return d, ok
}

// PackageDoc returns the comment lines of the package's doc.go, which is where
// gengo reads package tags from, positioned at its package clause (or at
// the file, when the package has no doc.go). The comments of a type declared
// in doc.go are left out: gengo counts them as the package's too, but they
// are the type's tags.
func (x *Index) PackageDoc(pkgPath string) *Decl {
	p := x.pkg(pkgPath)
	pos := p.docPos
	if !pos.IsValid() {
		pos = token.Position{Filename: filepath.Join(p.dir, "doc.go")}
	}
	return &Decl{Pos: pos, Comments: p.doc}
}

// Find returns the position of the first comment line of d whose text,
// after its "+", starts with tagLine (as codetags.Extract returns it), or
// d's own position when no line matches.
func (d *Decl) Find(tagLine string) token.Position {
	want := strings.TrimSpace(tagLine)
	all := slices.Concat(d.Comments, d.Detached)
	for _, l := range all {
		if strings.HasPrefix(l.Text, "+") && strings.TrimSpace(l.Text[1:]) == want {
			return l.Pos
		}
	}
	for _, l := range all {
		if strings.HasPrefix(l.Text, "+"+firstWord(want)) {
			return l.Pos
		}
	}
	return d.Pos
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, "=( \t"); i >= 0 {
		return s[:i]
	}
	return s
}

// baseName strips type parameters: gengo names generic types "G[T]".
func baseName(name string) string {
	if i := strings.IndexByte(name, '['); i >= 0 {
		return name[:i]
	}
	return name
}

func (x *Index) pkg(path string) *pkgIndex {
	if p, ok := x.pkgs[path]; ok {
		return p
	}
	dir := ""
	if pkg, ok := x.universe[path]; ok {
		dir = pkg.Dir
	}
	p := &pkgIndex{dir: dir, types: map[string]*Decl{}, members: map[string]map[string]*Decl{}, funcs: map[string]*Decl{}, topLevel: map[string]*Decl{}}
	x.pkgs[path] = p
	for _, name := range x.goFiles(dir) {
		x.addFile(p, filepath.Join(dir, name))
	}
	return p
}

func (x *Index) goFiles(dir string) []string {
	if dir == "" {
		return nil
	}
	ctx := build.Default
	ctx.BuildTags = x.buildTags
	bp, err := ctx.ImportDir(dir, build.ImportComment)
	if err != nil && bp == nil {
		return nil
	}
	return append(append([]string(nil), bp.GoFiles...), bp.CgoFiles...)
}

// TypeTag returns a function that finds a tag line in t's comments. The
// package is parsed only if the function is called, that is, only when
// there is an error to report.
func (x *Index) TypeTag(t *types.Type) func(tagLine string) token.Position {
	return func(tagLine string) token.Position { return x.Type(t).Find(tagLine) }
}

// MemberTag is TypeTag for the member of t named name.
func (x *Index) MemberTag(t *types.Type, name string) func(tagLine string) token.Position {
	return func(tagLine string) token.Position { return x.Member(t, name).Find(tagLine) }
}

// PackageLines returns the text of PackageDoc's lines, the package's own
// comment lines as gengo would give them.
func (x *Index) PackageLines(pkgPath string) []string {
	doc := x.PackageDoc(pkgPath)
	out := make([]string, len(doc.Comments))
	for i, l := range doc.Comments {
		out[i] = l.Text
	}
	return out
}

// PackageClauseLines returns the text of the comments above the package
// clause of every file of the package, where controller-gen reads a
// package's markers (kubebuilder projects write +groupName in
// groupversion_info.go, not doc.go).
func (x *Index) PackageClauseLines(pkgPath string) []string {
	p := x.pkg(pkgPath)
	if p == nil {
		return nil
	}
	out := make([]string, len(p.clauses))
	for i, l := range p.clauses {
		out[i] = l.Text
	}
	return out
}

// PackageTag is TypeTag for the package's doc.go.
func (x *Index) PackageTag(pkgPath string) func(tagLine string) token.Position {
	return func(tagLine string) token.Position { return x.PackageDoc(pkgPath).Find(tagLine) }
}
