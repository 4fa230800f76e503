package load

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	gotypes "go/types"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

// readExport reads a package's export data into the loader.
func (l *fastLoader) readExport(path, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return err
	}
	pkg, err := gcexportdata.Read(r, l.fset, l.exports, path)
	if err != nil {
		return err
	}
	l.checked[path] = pkg
	return nil
}

// parsedFile is one file of a package to read from source.
type parsedFile struct {
	pkg  string
	file *ast.File
	err  error
}

// parse parses the files of the packages, a few at a time, without their
// function bodies (no generator reads them), and indexes their comments;
// false when a file does not parse, or a package a generator asks for
// needs cgo (gengo's parser reads the files cgo writes; a dependency's
// files that import "C" are read as they are, see check).
func (l *fastLoader) parse(pkgs map[string]bool, requested []string) bool {
	for _, path := range requested {
		if len(l.graph[path].CgoFiles) > 0 {
			return false
		}
	}
	type job struct {
		pkg, name string
		at        int
	}
	var jobs []job
	for _, path := range slices.Sorted(maps.Keys(pkgs)) {
		p := l.graph[path]
		names := append(slices.Clone(p.GoFiles), p.CgoFiles...)
		for i, name := range names {
			jobs = append(jobs, job{path, filepath.Join(p.Dir, name), i})
		}
		l.source[path] = make([]*ast.File, len(names))
	}
	results := make([]parsedFile, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				f, err := parseDeclarations(l.fset, jobs[i].name)
				dropBodies(f)
				results[i] = parsedFile{jobs[i].pkg, f, err}
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, r := range results {
		if r.err != nil {
			return false
		}
		l.source[r.pkg][jobs[i].at] = r.file
		l.build.comments.add(r.file)
	}
	return true
}

// parseDeclarations parses a file, with its comments, for its
// declarations: the insides of function bodies are blanked first (see
// blankBodies), but in doc.go, whose every comment is its package's.
func parseDeclarations(fset *token.FileSet, name string) (*ast.File, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if filepath.Base(name) != "doc.go" {
		src = blankBodies(src)
	}
	return parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
}

// dropBodies removes the function bodies of a parsed file.
func dropBodies(f *ast.File) {
	if f == nil {
		return
	}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok {
			fn.Body = nil
		}
	}
}

// check type-checks the packages read from source, each after those it
// imports. Type errors are left alone, as gengo's parser leaves them (see
// typeErrors for those the kit reports).
func (l *fastLoader) check(pkgs map[string]bool) {
	var visit func(path string)
	visit = func(path string) {
		if !pkgs[path] || l.checked[path] != nil && !l.stillExport(path) {
			return
		}
		p := l.graph[path]
		for _, imp := range p.Imports {
			visit(imp)
		}
		conf := gotypes.Config{
			Importer:         importerFunc(func(imp string) (*gotypes.Package, error) { return l.imported(p, imp) }),
			IgnoreFuncBodies: true,
			Error:            func(error) {},
			Sizes:            gotypes.SizesFor("gc", goarch()),
			// A dependency that uses cgo is checked without it: what its
			// files take from C is left untyped (no generator walks into it).
			FakeImportC: len(p.CgoFiles) > 0,
		}
		if p.Module != nil && p.Module.GoVersion != "" {
			conf.GoVersion = "go" + p.Module.GoVersion
		}
		pkg, _ := conf.Check(path, l.fset, l.source[path], nil)
		l.checked[path] = pkg
	}
	for _, path := range slices.Sorted(maps.Keys(pkgs)) {
		visit(path)
	}
}

// stillExport reports whether a package read from export data is to be
// read again from source (a generator asked for it).
func (l *fastLoader) stillExport(path string) bool {
	pkg := l.checked[path]
	return pkg != nil && l.exports[path] == pkg
}

// imported returns the package an import of p stands for.
func (l *fastLoader) imported(p *listed, path string) (*gotypes.Package, error) {
	resolved := p.resolve(path)
	if resolved == "unsafe" {
		return gotypes.Unsafe, nil
	}
	if pkg := l.checked[resolved]; pkg != nil {
		return pkg, nil
	}
	return nil, fmt.Errorf("package %s is not loaded", resolved)
}

// importerFunc is a function as a go/types importer.
type importerFunc func(path string) (*gotypes.Package, error)

// Import implements go/types.Importer.
func (f importerFunc) Import(path string) (*gotypes.Package, error) { return f(path) }

// goarch is the architecture the go command builds for.
func goarch() string {
	if a := os.Getenv("GOARCH"); a != "" {
		return a
	}
	return runtime.GOARCH
}
