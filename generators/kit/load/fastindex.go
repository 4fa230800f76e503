package load

import (
	"maps"
	"slices"
)

// useIndex takes the export files of the listed packages the index of
// dependencies knows from it: those packages are known fresh.
func (l *fastLoader) useIndex() {
	if l.indexDir == "" {
		return
	}
	if l.index == nil {
		if l.index = openDepsIndex(l.indexDir, l.buildTags, l.graph); l.index == nil {
			return
		}
	}
	for path, p := range l.graph {
		if p.staleKnown || l.requested[path] || path == "unsafe" {
			continue
		}
		if file, stale, ok := l.index.lookup(l.graph, path); ok {
			p.Export, p.Stale, p.staleKnown, p.indexed = file, stale, true, true
		}
	}
}

// knowStaleness asks the go command whether the packages reading paths
// may reach, and the index of dependencies does not know, are stale
// (sourceSet reads them from source if so, and what they import); false
// when it fails.
func (l *fastLoader) knowStaleness(paths []string) bool {
	unknown, seen := map[string]bool{}, map[string]bool{}
	var visit func(path string)
	visit = func(path string) {
		for _, imp := range l.graph[path].Imports {
			p := l.graph[imp]
			if p == nil || seen[imp] || imp == "unsafe" || l.checked[imp] != nil {
				continue
			}
			seen[imp] = true
			if !p.staleKnown && !slices.Contains(paths, imp) {
				unknown[imp] = true
			}
			if !p.staleKnown || p.Stale || slices.Contains(paths, imp) {
				visit(imp)
			}
		}
	}
	for _, p := range paths {
		visit(p)
	}
	if len(unknown) == 0 {
		return true
	}
	pkgs, err := l.goList([]string{"-deps", "-json=ImportPath,Stale"}, slices.Sorted(maps.Keys(unknown)))
	if err != nil {
		return false
	}
	for _, listed := range pkgs {
		if p := l.graph[listed.ImportPath]; p != nil && !p.staleKnown {
			p.Stale, p.staleKnown = listed.Stale, true
		}
	}
	return true
}

// recordIndex adds to the index of dependencies the export files the go
// command listed, and the packages it found stale, and saves it.
func (l *fastLoader) recordIndex() {
	if l.index == nil {
		return
	}
	for path, p := range l.graph {
		if p.staleKnown && !p.indexed && (p.Stale || p.Export != "") {
			l.index.record(l.graph, path, p.Export, p.Stale)
		}
	}
	l.index.save()
}

// forgetIndexed drops from the index the entries of the packages whose
// export data could not be read (the build cache trimmed them, say): the
// next run lists them again.
func (l *fastLoader) forgetIndexed(fromExport map[string]bool) {
	if l.index == nil {
		return
	}
	for path := range fromExport {
		if p := l.graph[path]; p.indexed {
			l.index.forget(l.graph, path)
		}
	}
	l.index.save()
}
