package protobuf

import (
	"path"
	"slices"
	"sort"

	"k8s.io/gengo/v2/types"
)

// protoPackage is one input package and the protobuf package it becomes.
type protoPackage struct {
	input
	// dir is the package's directory, where generated.proto is written.
	dir string
	// types are the Go types whose messages the package holds (upstream's
	// FilterTypes): its own, and those it reaches that no earlier package
	// claimed.
	types map[types.Name]bool
	// localNames are the names of types.
	localNames map[string]bool
	// optional are the names of types that are +protobuf.nullable aliases
	// of a slice or a map.
	optional map[string]bool
	// imports are the .proto files the package imports.
	imports *importSet
}

// importPath is the path of the package's .proto file, as other files
// import it.
func (p *protoPackage) importPath() string { return path.Join(p.path, "generated.proto") }

// protoTypeName names the package as a protobuf type: its Go path, its
// protobuf package, its .proto file.
func (p *protoPackage) protoTypeName() types.Name {
	return types.Name{Name: p.path, Package: p.name, Path: p.importPath()}
}

// importOrder returns pkgs ordered so that each comes after the packages
// it imports (its Go imports, among all packages of the universe), ties
// broken by path: the order in which types are assigned to packages.
func importOrder(u types.Universe, pkgs []*protoPackage) []*protoPackage {
	edges := map[[2]string]bool{} // {from, to}: to imports from
	nodes := map[string]bool{}
	for _, p := range pkgs {
		imports := u.Package(p.path).Imports
		if len(imports) > 0 {
			nodes[p.path] = true
		}
		for dep := range imports {
			nodes[dep] = true
			edges[[2]string{dep, p.path}] = true
		}
	}
	pos := map[string]int{}
	for i, n := range kahn(nodes, edges) {
		pos[n] = i
	}
	out := slices.Clone(pkgs)
	sort.Sort(byPosition{pos, out})
	return out
}

// kahn orders the nodes topologically: the roots sorted by name, then
// after each node taken, the nodes it freed, sorted.
func kahn(nodes map[string]bool, edges map[[2]string]bool) []string {
	sorted := takeRoots(nodes, edges)
	for i := 0; i < len(sorted); i++ {
		for e := range edges {
			if e[0] == sorted[i] {
				delete(edges, e)
			}
		}
		sorted = append(sorted, takeRoots(nodes, edges)...)
	}
	return sorted
}

// takeRoots removes from nodes those no edge leads to, and returns them
// sorted.
func takeRoots(nodes map[string]bool, edges map[[2]string]bool) []string {
	incoming := map[string]bool{}
	for e := range edges {
		incoming[e[1]] = true
	}
	var roots []string
	for n := range nodes {
		if !incoming[n] {
			roots = append(roots, n)
			delete(nodes, n)
		}
	}
	sort.Strings(roots)
	return roots
}

// byPosition sorts packages by their place in the import order, with
// sort.Sort as upstream does (packages outside the order count as first).
type byPosition struct {
	pos  map[string]int
	pkgs []*protoPackage
}

func (o byPosition) Len() int           { return len(o.pkgs) }
func (o byPosition) Less(i, j int) bool { return o.pos[o.pkgs[i].path] < o.pos[o.pkgs[j].path] }
func (o byPosition) Swap(i, j int)      { o.pkgs[i], o.pkgs[j] = o.pkgs[j], o.pkgs[i] }
