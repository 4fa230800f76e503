package load

import (
	"go/ast"
	"go/parser"
	"go/token"
	gotypes "go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"
)

// fileLine is a line of a file.
type fileLine struct {
	file string
	line int
}

// commentIndex finds the comment that ends on the line before a
// declaration, as gengo's parser does: by the file and line each comment
// group ends on. The files of packages read from source are indexed as
// they are parsed; a file of a package read from export data is parsed
// (comments only matter) the first time a declaration in it is asked
// about.
type commentIndex struct {
	fset *token.FileSet
	ends map[fileLine]*ast.CommentGroup
	// indexed are the files whose comments are in ends.
	indexed map[string]bool
	// dirOf returns the directory of a loaded package.
	dirOf func(pkgPath string) string
}

// newCommentIndex returns an empty index over fset.
func newCommentIndex(fset *token.FileSet, dirOf func(string) string) *commentIndex {
	return &commentIndex{fset: fset, ends: map[fileLine]*ast.CommentGroup{}, indexed: map[string]bool{}, dirOf: dirOf}
}

// add indexes the comments of a parsed file.
func (x *commentIndex) add(f *ast.File) {
	x.indexed[x.fset.File(f.FileStart).Name()] = true
	for _, c := range f.Comments {
		end := x.fset.Position(c.End())
		x.ends[fileLine{end.Filename, end.Line}] = c
	}
}

// fileOf returns the file and line of an object's declaration, parsing
// the file of a package read from export data on first use. Export data
// may name the file as the build saw it (-trimpath): it is looked for in
// the package's directory then.
func (x *commentIndex) fileOf(obj gotypes.Object) fileLine {
	pos := x.fset.Position(obj.Pos())
	if pos.Filename == "" || x.indexed[pos.Filename] {
		return fileLine{pos.Filename, pos.Line}
	}
	name := pos.Filename
	if _, err := os.Stat(name); err != nil && obj.Pkg() != nil {
		name = filepath.Join(x.dirOf(obj.Pkg().Path()), filepath.Base(name))
	}
	if !x.indexed[name] {
		x.indexed[name] = true
		if f, _ := parser.ParseFile(x.fset, name, nil, parser.ParseComments|parser.SkipObjectResolution); f != nil {
			x.add(f)
		}
	}
	return fileLine{name, pos.Line}
}

// endingBefore returns the comment group that ends lines lines above at.
func (x *commentIndex) endingBefore(at fileLine, lines int) *ast.CommentGroup {
	return x.ends[fileLine{at.file, at.line - lines}]
}

// doc returns the lines of an object's doc comment: the comment group
// ending on the line before it.
func (x *commentIndex) doc(obj gotypes.Object) []string {
	return commentLines(x.endingBefore(x.fileOf(obj), 1))
}

// detached returns the lines of the comment group that ends two lines
// above the object's doc comment (or above the object, when it has none):
// the comment separated from the declaration by a blank line.
func (x *commentIndex) detached(obj gotypes.Object) []string {
	at := x.fileOf(obj)
	if doc := x.endingBefore(at, 1); doc != nil {
		start := x.fset.Position(doc.List[0].Slash)
		at = fileLine{start.Filename, start.Line}
	}
	return commentLines(x.endingBefore(at, 2))
}

// commentLines splits a comment group's text into lines; none for none.
func commentLines(c *ast.CommentGroup) []string {
	text := strings.TrimRight(c.Text(), "\n")
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// attach gives a declared object's comments to its type, as gengo's
// parser does: a type reached through an alias keeps the comments of its
// own declaration, and a mismatch is logged.
func (x *commentIndex) attach(obj gotypes.Object, t *types.Type) {
	_, alias := obj.Type().(*gotypes.Alias)
	t.CommentLines = merged(t, "comments", t.CommentLines, x.doc(obj), alias)
	t.SecondClosestCommentLines = merged(t, "secondClosestCommentLines", t.SecondClosestCommentLines, x.detached(obj), alias)
}

// merged returns the comment lines a type keeps when a declaration brings
// found: found when the type has none or the declaration is not an alias,
// otherwise those it has; a real difference is logged.
func merged(t *types.Type, what string, had, found []string, alias bool) []string {
	if len(found) == 0 || reflect.DeepEqual(had, found) || len(had) == 0 {
		if len(found) == 0 {
			return had
		}
		return found
	}
	kept, dropped, from := found, had, "possible type alias"
	if alias {
		kept, dropped, from = had, found, "type alias"
	}
	if !reflect.DeepEqual(withoutNoise(had), withoutNoise(found)) {
		klog.Warningf("Mismatched %s on type %v.\n  Using comments:\n%s\n  Ignoring comments from %s:\n%s\n",
			what, t.GoType, quoteBlock(kept), from, quoteBlock(dropped))
	}
	return kept
}

// withoutNoise drops blank lines and "Deprecated:" paragraphs, which do
// not make two comments differ.
func withoutNoise(lines []string) []string {
	var out []string
	blankBefore, deprecated := false, false
	for _, l := range lines {
		switch trimmed := strings.TrimSpace(l); {
		case trimmed == "":
			blankBefore, deprecated = true, false
		case deprecated:
		case blankBefore && strings.HasPrefix(trimmed, "Deprecated:"):
			blankBefore, deprecated = false, true
		default:
			blankBefore = false
			out = append(out, l)
		}
	}
	return out
}

// quoteBlock renders comment lines as an indented code block.
func quoteBlock(lines []string) string {
	return "    ```\n    " + strings.Join(lines, "\n    ") + "\n    ```"
}

// document attaches their declarations' comments to named types of the
// packages no generator asked for (see Loaded.Document).
func (l *fastLoader) document(ts []*types.Type) {
	for _, t := range ts {
		if t == nil || l.requested[t.Name.Package] {
			continue
		}
		pkg := l.checked[t.Name.Package]
		if pkg == nil {
			continue
		}
		if obj, ok := pkg.Scope().Lookup(t.Name.Name).(*gotypes.TypeName); ok {
			l.build.comments.attach(obj, t)
		}
	}
}
