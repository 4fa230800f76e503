package run

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Use is a use, in a file that stays, of a name that a file to be removed
// declares: removing that file breaks the package's build.
type Use struct {
	// Pos is where the name is used.
	Pos token.Position
	// Name is the name used, e.g. "RegisterDefaults".
	Name string
	// Removed is the file that declares it.
	Removed string
}

// BrokenUses returns the uses that removing the orphans breaks: in each
// orphan's package (its directory, the same package clause), the files
// that stay (on disk, neither orphans nor rewritten, and matching the
// build; or written by the run) referring to a top-level name the orphan
// declares and no staying file declares. Parsing and name lookup suffice:
// a file's unresolved identifiers are the package-level names it uses.
func BrokenUses(files []File, orphans []string) ([]Use, error) {
	byDir := map[string][]string{}
	for _, o := range orphans {
		dir := filepath.Dir(absPath(o))
		byDir[dir] = append(byDir[dir], absPath(o))
	}
	var out []Use
	for _, dir := range slices.Sorted(maps.Keys(byDir)) {
		uses, err := brokenIn(dir, byDir[dir], files)
		if err != nil {
			return nil, err
		}
		out = append(out, uses...)
	}
	return out, nil
}

// brokenIn returns the broken uses in one directory.
func brokenIn(dir string, orphans []string, files []File) ([]Use, error) {
	fset := token.NewFileSet()
	declared := map[string]string{} // name -> orphan
	pkgName := ""
	for _, o := range orphans {
		f, err := parser.ParseFile(fset, o, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		pkgName = f.Name.Name
		for _, name := range topLevel(f) {
			declared[name] = o
		}
	}
	staying, err := stayingFiles(fset, dir, orphans, files)
	if err != nil {
		return nil, err
	}
	var same []*ast.File
	for _, f := range staying {
		if f.Name.Name == pkgName {
			same = append(same, f)
			for _, name := range topLevel(f) {
				delete(declared, name)
			}
		}
	}
	var out []Use
	for _, f := range same {
		for _, id := range f.Unresolved {
			if o, ok := declared[id.Name]; ok {
				out = append(out, Use{Pos: fset.Position(id.Pos()), Name: id.Name, Removed: o})
			}
		}
	}
	return out, nil
}

// stayingFiles parses the Go files of dir that stay after the run: those
// on disk the run neither removes nor rewrites (and the build would
// compile), and those it writes there.
func stayingFiles(fset *token.FileSet, dir string, orphans []string, files []File) ([]*ast.File, error) {
	written := map[string][]byte{}
	for _, f := range files {
		if p := absPath(f.Path); filepath.Dir(p) == dir {
			written[p] = f.Data
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*ast.File
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if !e.Type().IsRegular() || !strings.HasSuffix(path, ".go") || slices.Contains(orphans, path) || written[path] != nil {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, e.Name()); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	for _, path := range slices.Sorted(maps.Keys(written)) {
		if f, err := parser.ParseFile(fset, path, written[path], 0); err == nil {
			out = append(out, f)
		}
	}
	return out, nil
}

// topLevel returns the package-level names a file declares (methods are
// not: using one takes a selector, which name lookup cannot place).
func topLevel(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name != "init" {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				}
			}
		}
	}
	return slices.DeleteFunc(names, func(n string) bool { return n == "_" })
}
