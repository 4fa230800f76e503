package load

import (
	"go/ast"
	"go/token"
	gotypes "go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync/atomic"

	"k8s.io/gengo/v2/types"
)

// fastLoader reads packages for gengo's universe with less work than
// gengo's parser, which parses and type-checks every dependency, the
// standard library included, with function bodies: the packages a
// generator reads (its inputs, and those it asks for later) are parsed
// and type-checked from source without function bodies; so are the
// dependencies the build cache holds no export data for (and those above
// them); every other dependency comes from the go command's export data.
// What it builds is the universe gengo's parser builds from the same
// packages: the same types, members, methods and comments.
type fastLoader struct {
	buildTags []string
	fset      *token.FileSet
	// graph is every package go list described so far, by import path.
	graph map[string]*listed
	// checked are the type-checked packages, by import path; source
	// marks those read from source, with their files.
	checked map[string]*gotypes.Package
	source  map[string][]*ast.File
	// exports is the map of packages export data is read into.
	exports map[string]*gotypes.Package
	// matched are the import paths of the packages each pattern of the
	// load matched.
	matched map[string][]string
	// requested are the packages generators read, processed those whose
	// declarations are in the universe.
	requested, processed map[string]bool
	build                *builder
	// indexDir is where the index of dependencies is kept ("" for
	// nowhere), index the one open.
	indexDir string
	index    *depsIndex
	// goCalls counts the go commands the loader ran.
	goCalls atomic.Int32
}

// newFastLoader returns a loader for the build tags, with the index of
// dependencies in indexDir ("" for none), entering packages into u.
func newFastLoader(buildTags []string, indexDir string, u types.Universe) *fastLoader {
	l := &fastLoader{
		buildTags: buildTags, indexDir: indexDir, fset: token.NewFileSet(), graph: map[string]*listed{},
		checked: map[string]*gotypes.Package{}, source: map[string][]*ast.File{}, exports: map[string]*gotypes.Package{},
		requested: map[string]bool{}, processed: map[string]bool{}, matched: map[string][]string{},
	}
	l.build = &builder{u: u, comments: newCommentIndex(l.fset, l.dirOf)}
	return l
}

// dirOf returns a listed package's directory.
func (l *fastLoader) dirOf(path string) string {
	if p := l.graph[path]; p != nil {
		return p.Dir
	}
	return ""
}

// loadPatterns reads the packages patterns match (see load) and returns
// their import paths; false as load, or when they match none.
func (l *fastLoader) loadPatterns(patterns []string) ([]string, bool) {
	roots, ok := l.list(patterns)
	if !ok || len(roots) == 0 {
		return nil, false
	}
	return roots, l.read(roots) && l.enterRequested(roots)
}

// load reads the packages at paths (import paths) for generation and
// enters them into the universe. It returns false when it cannot: go list
// or the parser found a problem (gengo's loader then runs, and reports it
// as users know it), or a package needs cgo.
func (l *fastLoader) load(paths []string) bool {
	var unread []string
	for _, p := range paths {
		if !l.isSource(p) {
			unread = append(unread, p)
		}
	}
	if len(unread) > 0 {
		if _, known := l.listed(unread); !known {
			if _, ok := l.list(unread); !ok {
				return false
			}
		}
		if !l.read(unread) {
			return false
		}
	}
	return l.enterRequested(paths)
}

// read reads the packages at paths, listed already, from source, with
// what they need from export data or source.
func (l *fastLoader) read(paths []string) bool {
	if !l.knowStaleness(paths) {
		return false
	}
	fromSource, fromExport := l.sourceSet(paths)
	exported := make(chan bool, 1)
	go func() { exported <- l.listExports(fromExport) }()
	parsed := l.parse(fromSource, paths)
	if listed := <-exported; !parsed || !listed {
		return false
	}
	if !l.readExports(fromExport) {
		l.forgetIndexed(fromExport)
		return false
	}
	l.check(fromSource)
	l.recordIndex()
	return true
}

// enterRequested marks the packages at paths as read by a generator and
// enters them into the universe.
func (l *fastLoader) enterRequested(paths []string) bool {
	for _, p := range paths {
		l.requested[p] = true
	}
	l.enterAll(slices.Sorted(slices.Values(paths)))
	return true
}

// listed returns paths when each is the import path of a package go list
// described already (with its dependencies): a generator asking for a
// package its inputs import needs no go command to find it.
func (l *fastLoader) listed(paths []string) ([]string, bool) {
	for _, p := range paths {
		if l.graph[p] == nil {
			return nil, false
		}
	}
	return paths, true
}

// list adds the packages patterns match and their dependencies to the
// graph, and returns the import paths of those matched; false when go
// list reports a problem with one of them.
func (l *fastLoader) list(patterns []string) ([]string, bool) {
	fields := listFields
	if l.indexDir == "" {
		fields += ",Stale" // with no index, this call computes it cheapest
	}
	pkgs, err := l.goList([]string{"-deps", "-json=" + fields}, patterns)
	if err != nil {
		return nil, false
	}
	var roots []string
	for _, p := range pkgs {
		if _, ok := p.dir(); !ok || p.troubled() {
			return nil, false
		}
		if !p.DepOnly {
			roots = append(roots, p.ImportPath)
		}
		for _, pattern := range p.Match {
			l.matched[pattern] = append(l.matched[pattern], p.ImportPath)
		}
	}
	for _, p := range pkgs {
		if l.graph[p.ImportPath] == nil {
			p.addCgoImports()
			p.staleKnown = l.indexDir == ""
			l.graph[p.ImportPath] = p
		}
	}
	l.useIndex()
	return roots, true
}

// matching returns the import paths of the packages patterns match, when
// each is a pattern (as the go command writes it) the loader listed and
// found packages for; false else.
func (l *fastLoader) matching(patterns []string) ([]string, bool) {
	var out []string
	for _, pattern := range patterns {
		found, ok := l.matched[pattern]
		if !ok {
			return nil, false
		}
		out = append(out, found...)
	}
	slices.Sort(out)
	return slices.Compact(out), true
}

// goList runs go list (see the function goList) with the loader's build
// tags, and counts it.
func (l *fastLoader) goList(flags, paths []string) ([]*listed, error) {
	l.goCalls.Add(1)
	return goList(l.buildTags, flags, paths)
}

// isSource reports whether a package was read from source.
func (l *fastLoader) isSource(path string) bool {
	_, ok := l.source[path]
	return ok
}

// sourceSet splits what loading paths takes: the packages to read from
// source (paths themselves, and the dependencies not checked yet that the
// build cache has no export data for: go list calls them stale, and so is
// every package above one) and those whose export data the source set
// imports. Export data is complete in itself: the packages below one
// read from it are not needed.
func (l *fastLoader) sourceSet(paths []string) (fromSource, fromExport map[string]bool) {
	fromSource, fromExport = map[string]bool{}, map[string]bool{}
	var visit func(path string)
	visit = func(path string) {
		for _, imp := range l.graph[path].Imports {
			switch {
			case imp == "unsafe" || l.graph[imp] == nil || fromSource[imp] || fromExport[imp] || l.checked[imp] != nil:
			case l.graph[imp].Stale:
				fromSource[imp] = true
				visit(imp)
			default:
				fromExport[imp] = true
			}
		}
	}
	for _, p := range paths {
		fromSource[p] = true
	}
	for _, p := range paths {
		visit(p)
	}
	return fromSource, fromExport
}

// listExports asks the go command, when one of the packages has none yet,
// where the export data of every package of the graph that has some is
// (the packages a generator asks for later then need no go command); false
// when it fails.
func (l *fastLoader) listExports(fromExport map[string]bool) bool {
	missing := false
	for p := range fromExport {
		missing = missing || l.graph[p].Export == ""
	}
	if !missing {
		return true
	}
	var fresh []string
	for path, p := range l.graph {
		if p.staleKnown && !p.Stale && p.Export == "" && path != "unsafe" && !l.requested[path] {
			fresh = append(fresh, path)
		}
	}
	pkgs, err := l.goList([]string{"-export", "-json=ImportPath,Export"}, slices.Sorted(slices.Values(fresh)))
	if err != nil {
		return false
	}
	for _, p := range pkgs {
		if g := l.graph[p.ImportPath]; g != nil {
			g.Export = p.Export
		}
	}
	return true
}

// readExports reads the export data of the packages; false when there is
// none for one of them.
func (l *fastLoader) readExports(fromExport map[string]bool) bool {
	for _, path := range slices.Sorted(maps.Keys(fromExport)) {
		if file := l.graph[path].Export; file == "" || l.readExport(path, file) != nil {
			return false
		}
	}
	return true
}

// enterAll enters the packages at paths and, below them, every package
// they import, as gengo's parser does: a package a generator reads gets its
// declarations, doc.go comments and imports; any other only its path and
// directory.
func (l *fastLoader) enterAll(paths []string) {
	seen := map[string]bool{}
	var visit func(path string)
	visit = func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		if l.graph[path] == nil { // "C"
			return
		}
		l.enter(path)
		for _, imp := range l.graph[path].Imports {
			visit(imp)
		}
	}
	for _, p := range paths {
		visit(p)
	}
}

// enter enters one package (see enterAll); a package a generator reads
// enters the packages it imports first, in the order of their import
// paths.
func (l *fastLoader) enter(path string) {
	if l.processed[path] {
		return
	}
	p := l.graph[path]
	pkg := l.build.u.Package(path)
	if pkg.Dir == "" {
		pkg.Path = path
		pkg.Dir, _ = p.dir()
	}
	if !l.requested[path] {
		return
	}
	l.processed[path] = true
	pkg.Name = p.Name
	l.packageComments(pkg, path)
	scope := l.checked[path].Scope()
	for _, name := range scope.Names() {
		l.build.declare(scope.Lookup(name))
	}
	keys := p.importKeys()
	var imported []string
	for _, written := range slices.Sorted(maps.Keys(keys)) {
		l.enter(keys[written])
		imported = append(imported, keys[written])
	}
	slices.Sort(imported)
	l.build.u.AddImports(path, imported...)
}

// packageComments gives the package the comments of its doc.go: all of
// them, and its package doc comment apart.
func (l *fastLoader) packageComments(pkg *types.Package, path string) {
	for _, f := range l.source[path] {
		if filepath.Base(l.fset.File(f.FileStart).Name()) != "doc.go" {
			continue
		}
		pkg.Comments = []string{}
		for _, c := range f.Comments {
			pkg.Comments = append(pkg.Comments, commentLines(c)...)
		}
		if f.Doc != nil {
			pkg.DocComments = commentLines(f.Doc)
		}
	}
}

// inputFiles returns the files and directories of every package the loader
// listed, and the module and workspace files above them. The packages of
// the module cache count by their modules' versions (go.mod and go.sum
// name them), those of the standard library by the Go release they come
// with (GOROOT's VERSION file, and the go command): their files never
// change otherwise.
func (l *fastLoader) inputFiles() []string {
	var out []string
	modules, goroots := map[string]bool{}, map[string]bool{}
	for _, path := range slices.Sorted(maps.Keys(l.graph)) {
		switch p := l.graph[path]; {
		case p.Standard:
			goroots[p.goroot()] = true
		case p.immutable():
		default:
			out = append(append(out, p.Dir), p.files()...)
			if p.Module != nil && p.Module.Dir != "" {
				modules[p.Module.Dir] = true
			}
		}
	}
	for _, dir := range slices.Sorted(maps.Keys(modules)) {
		out = append(out, filepath.Join(dir, "go.mod"), filepath.Join(dir, "go.sum"))
	}
	for _, dir := range slices.Sorted(maps.Keys(goroots)) {
		out = append(out, filepath.Join(dir, "VERSION"))
	}
	if goCmd, err := exec.LookPath("go"); err == nil {
		out = append(out, goCmd)
	}
	return append(out, workspaceFiles()...)
}

// workspaceFiles returns go.work and go.work.sum in the working directory
// and each directory above it, where the go command looks for them.
func workspaceFiles() []string {
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	var out []string
	for {
		out = append(out, filepath.Join(dir, "go.work"), filepath.Join(dir, "go.work.sum"))
		parent := filepath.Dir(dir)
		if parent == dir {
			return out
		}
		dir = parent
	}
}
