package source

import (
	"go/ast"
	"go/parser"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/types"
)

// fileComments finds comment groups by the line they end on, the way gengo
// attaches comments to declarations.
type fileComments struct {
	x     *Index
	byEnd map[int]*ast.CommentGroup
}

func (x *Index) addFile(p *pkgIndex, path string) {
	f, err := parser.ParseFile(x.fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil && f == nil {
		return
	}
	fc := &fileComments{x: x, byEnd: map[int]*ast.CommentGroup{}}
	for _, g := range f.Comments {
		fc.byEnd[x.fset.Position(g.End()).Line] = g
	}
	for _, g := range f.Comments { // every comment above the package clause, as controller-gen reads them
		if g.End() < f.Package {
			p.clauses = append(p.clauses, x.lines(g)...)
		}
	}
	typeComments := map[*ast.CommentGroup]bool{}
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok {
			fc.addFunc(p, fd)
			continue
		}
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			fc.addNames(p, spec)
			if ts, ok := spec.(*ast.TypeSpec); ok {
				second, closest := fc.addType(p, ts)
				p.types[ts.Name.Name].From = definedFrom(f, ts)
				typeComments[second], typeComments[closest] = true, true
			}
		}
	}
	if filepath.Base(path) == "doc.go" {
		p.docPos = x.fset.Position(f.Package)
		for _, g := range f.Comments {
			if !typeComments[g] { // a type's tags, though gengo counts them as the package's too
				p.doc = append(p.doc, x.lines(g)...)
			}
		}
	}
}

// definedFrom returns the named type a type is defined as (type A B, type
// A pkg.B), see Decl.From; the zero name for any other declaration (an
// alias, a struct, a builtin's name is the declaring package's "string").
func definedFrom(f *ast.File, ts *ast.TypeSpec) types.Name {
	if ts.Assign.IsValid() {
		return types.Name{}
	}
	switch e := ts.Type.(type) {
	case *ast.Ident:
		return types.Name{Name: e.Name}
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			if path := importedAs(f, x.Name); path != "" {
				return types.Name{Package: path, Name: e.Sel.Name}
			}
		}
	}
	return types.Name{}
}

// importedAs returns the import path a file imports as name: by its
// explicit name, or by its path's last element (a package named
// otherwise, without an explicit name, is not found).
func importedAs(f *ast.File, name string) string {
	for _, imp := range f.Imports {
		path := strings.Trim(imp.Path.Value, `"`)
		if imp.Name != nil && imp.Name.Name == name || imp.Name == nil && filepath.Base(path) == name {
			return path
		}
	}
	return ""
}

// addFunc indexes a function declaration (not a method) with its doc
// comment.
func (fc *fileComments) addFunc(p *pkgIndex, fd *ast.FuncDecl) {
	if fd.Recv != nil {
		return
	}
	d := &Decl{Pos: fc.x.fset.Position(fd.Name.Pos()), Comments: fc.x.lines(fd.Doc)}
	p.funcs[fd.Name.Name] = d
	if fd.Name.Name != "init" { // init may be declared many times and cannot be referred to
		p.topLevel[fd.Name.Name] = d
	}
}

// addNames indexes the package-level names a const, var or type spec
// declares, without comments.
func (fc *fileComments) addNames(p *pkgIndex, spec ast.Spec) {
	var idents []*ast.Ident
	switch s := spec.(type) {
	case *ast.ValueSpec:
		idents = s.Names
	case *ast.TypeSpec:
		idents = []*ast.Ident{s.Name}
	}
	for _, id := range idents {
		if id.Name != "_" {
			p.topLevel[id.Name] = &Decl{Pos: fc.x.fset.Position(id.Pos())}
		}
	}
}

// addType indexes a type declaration and its members, and returns the
// comment groups its tags are read from: the second-closest block above it
// and its doc comment (either may be nil).
func (fc *fileComments) addType(p *pkgIndex, ts *ast.TypeSpec) (second, closest *ast.CommentGroup) {
	x := fc.x
	pos := x.fset.Position(ts.Name.Pos())
	closest = fc.byEnd[pos.Line-1]
	if closest == nil {
		second = fc.byEnd[pos.Line-2]
	} else {
		second = fc.byEnd[x.fset.Position(closest.Pos()).Line-2]
	}
	d := &Decl{Pos: pos}
	d.Comments = append(x.lines(second), x.lines(closest)...)
	p.types[ts.Name.Name] = d
	st, ok := ts.Type.(*ast.StructType)
	if !ok {
		return second, closest
	}
	members := map[string]*Decl{}
	lineComments := map[*ast.CommentGroup]bool{}
	for _, field := range st.Fields.List {
		lineComments[field.Comment] = true
	}
	after := st.Fields.Opening // the end of the previous field, or the struct's "{"
	for _, field := range st.Fields.List {
		fpos := x.fset.Position(field.Pos())
		doc := fc.byEnd[fpos.Line-1]
		above := fpos.Line
		if doc != nil {
			above = x.fset.Position(doc.Pos()).Line
		}
		md := &Decl{Pos: fpos, Comments: x.lines(doc)}
		if detached := fc.byEnd[above-2]; detached != nil && !lineComments[detached] && detached.Pos() > after {
			md.Detached = x.lines(detached)
		}
		after = field.End()
		if field.Comment != nil {
			after = field.Comment.End()
		}
		for _, name := range fieldNames(field) {
			members[name] = md
		}
	}
	p.members[ts.Name.Name] = members
	return second, closest
}

// fieldNames returns the names of a field, or for an embedded field the name
// of its type, as gengo names members.
func fieldNames(field *ast.Field) []string {
	if len(field.Names) > 0 {
		names := make([]string, len(field.Names))
		for i, n := range field.Names {
			names[i] = n.Name
		}
		return names
	}
	expr := field.Type
	for {
		switch e := expr.(type) {
		case *ast.StarExpr:
			expr = e.X
		case *ast.SelectorExpr:
			return []string{e.Sel.Name}
		case *ast.IndexExpr:
			expr = e.X
		case *ast.IndexListExpr:
			expr = e.X
		case *ast.Ident:
			return []string{e.Name}
		default:
			return nil
		}
	}
}

// lines splits a comment group into physical lines with their positions.
func (x *Index) lines(g *ast.CommentGroup) []Line {
	if g == nil {
		return nil
	}
	var out []Line
	for _, c := range g.List {
		start := x.fset.Position(c.Slash)
		text := c.Text[2:]
		if strings.HasPrefix(c.Text, "/*") {
			text = strings.TrimSuffix(text, "*/")
		}
		for i, raw := range strings.Split(text, "\n") {
			pos := start
			col := 3
			if i > 0 {
				pos.Line += i
				pos.Column = 1
				col = 1
			}
			trimmed := strings.TrimLeft(raw, " \t")
			skip := len(raw) - len(trimmed)
			pos.Column += col - 1 + skip
			pos.Offset = 0
			out = append(out, Line{Pos: pos, Text: trimmed, Block: strings.HasPrefix(c.Text, "/*")})
		}
	}
	return out
}
