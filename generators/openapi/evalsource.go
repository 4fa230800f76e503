package openapi

import (
	"fmt"
	"go/ast"
	gobuild "go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// srcPackage is the source of a package the definitions refer to. Its
// files are parsed when they mention a name looked up.
type srcPackage struct {
	path, name string
	files      []*srcFile
	index      *declIndex
	// searched are the names whose files have been parsed.
	searched map[string]bool
}

// srcFile is one Go file of a package.
type srcFile struct {
	path string
	src  []byte
	ast  *ast.File
	// imports maps the names the file gives its imports to their paths.
	imports map[string]string
}

// declRef is a declaration and the file it is in.
type declRef struct {
	file *srcFile
	decl *ast.FuncDecl
}

// constDef is a constant's declaration: its type and value expressions
// (those of an earlier spec of the group when it repeats them) and iota.
type constDef struct {
	file  *srcFile
	name  *ast.Ident
	typ   ast.Expr
	value ast.Expr
	iota  int
}

// typeDef is a type's declaration.
type typeDef struct {
	file *srcFile
	spec *ast.TypeSpec
}

// declIndex holds the declarations of the parsed files of a package.
type declIndex struct {
	funcs   map[string]declRef
	methods map[string]declRef // by "Type.Method"
	consts  map[string]constDef
	types   map[string]typeDef
}

// newDeclIndex returns an empty index.
func newDeclIndex() *declIndex {
	return &declIndex{funcs: map[string]declRef{}, methods: map[string]declRef{}, consts: map[string]constDef{}, types: map[string]typeDef{}}
}

// add indexes the declarations of f.
func (x *declIndex) add(f *srcFile) {
	for _, d := range f.ast.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				x.funcs[d.Name.Name] = declRef{file: f, decl: d}
			} else if recv := receiverName(d); recv != "" {
				x.methods[recv+"."+d.Name.Name] = declRef{file: f, decl: d}
			}
		case *ast.GenDecl:
			x.addGen(f, d)
		}
	}
}

// addGen indexes the constants and types of a declaration.
func (x *declIndex) addGen(f *srcFile, d *ast.GenDecl) {
	var typ ast.Expr
	var values []ast.Expr
	for i, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			x.types[s.Name.Name] = typeDef{file: f, spec: s}
		case *ast.ValueSpec:
			if d.Tok != token.CONST {
				continue
			}
			if len(s.Values) > 0 || s.Type != nil {
				typ, values = s.Type, s.Values
			}
			for j, name := range s.Names {
				def := constDef{file: f, name: name, typ: typ, iota: i}
				if j < len(values) {
					def.value = values[j]
				}
				x.consts[name.Name] = def
			}
		}
	}
}

// receiverName is the name of the type of d's receiver.
func receiverName(d *ast.FuncDecl) string {
	if len(d.Recv.List) != 1 {
		return ""
	}
	t := d.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// importNames maps the names a file gives its imports to their paths: the
// explicit name, else the last element of the path (the package's name
// is checked later when that guess names nothing).
func importNames(f *ast.File) map[string]string {
	out := map[string]string{}
	for _, s := range f.Imports {
		path, err := strconv.Unquote(s.Path.Value)
		if err != nil {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if s.Name != nil {
			name = s.Name.Name
		}
		out[name] = path
	}
	return out
}

// pkgByPath returns the source of the package at import path path, found
// through the packageFinder; site is where it is needed.
func (ev *evaluator) pkgByPath(path string, site ast.Node) (*srcPackage, error) {
	if p, ok := ev.pkgs[path]; ok {
		return p, nil
	}
	if ev.finder == nil {
		return nil, ev.errorf(site, "the source of package %s is needed, and where it is is not known", path)
	}
	dir, err := ev.finder(path)
	if err != nil {
		return nil, ev.errorf(site, "finding the source of package %s: %v", path, err)
	}
	p, err := readPackage(path, dir)
	if err != nil {
		return nil, ev.errorf(site, "reading the source of package %s: %v", path, err)
	}
	ev.pkgs[path] = p
	return p, nil
}

// readPackage reads the Go files of dir that the default build context
// builds, tests left out.
func readPackage(path, dir string) (*srcPackage, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	p := &srcPackage{path: path, index: newDeclIndex(), searched: map[string]bool{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := gobuild.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, &srcFile{path: filepath.Join(dir, name), src: src})
	}
	if len(p.files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	return p, nil
}

// packageName returns the name p's package clause gives.
func (ev *evaluator) packageName(p *srcPackage) string {
	if p.name == "" {
		if f, err := parser.ParseFile(token.NewFileSet(), p.files[0].path, p.files[0].src, parser.PackageClauseOnly); err == nil {
			p.name = f.Name.Name
		}
	}
	return p.name
}

// importPath returns the path of the package name stands for in sc's
// file; false when it is no import. An import without an explicit name
// whose path does not end in name is matched by its package clause.
func (ev *evaluator) importPath(sc *scope, name string) (string, bool) {
	if path, ok := sc.file.imports[name]; ok {
		return path, true
	}
	for _, s := range sc.file.ast.Imports {
		path, err := strconv.Unquote(s.Path.Value)
		if err != nil || s.Name != nil || ev.finder == nil {
			continue
		}
		if p, err := ev.pkgByPath(path, s); err == nil && ev.packageName(p) == name {
			sc.file.imports[name] = path
			return path, true
		}
	}
	return "", false
}
