package defaulter

import (
	"slices"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// requireRefs loads, while defaulter-gen plans, the packages that
// +default=ref(<import/path>.Name) tags name on the types of pkgs and on
// every type their fields reach, in one go: the defaulters check them
// (symbolExists) without loading anything while code is generated. A
// package that does not load is reported there, at its tag.
func (p *plan) requireRefs(pkgs []string) {
	seen := map[*types.Type]bool{}
	var paths []string
	for _, path := range pkgs {
		for _, t := range p.Context.Universe.Package(path).Types {
			paths = p.refsOf(t, seen, paths)
		}
	}
	slices.Sort(paths)
	_ = p.Require(slices.Compact(paths)...)
}

// refsOf adds to paths the packages the +default=ref(...) tags of t, its
// fields and the types they reach name.
func (p *plan) refsOf(t *types.Type, seen map[*types.Type]bool, paths []string) []string {
	if t == nil || seen[t] {
		return paths
	}
	seen[t] = true
	paths = p.refPackages(t.CommentLines, paths)
	for _, m := range t.Members {
		paths = p.refPackages(m.CommentLines, paths)
		paths = p.refsOf(m.Type, seen, paths)
	}
	for _, next := range []*types.Type{t.Elem, t.Key, t.Underlying} {
		paths = p.refsOf(next, seen, paths)
	}
	return paths
}

// refPackages adds to paths the package a +default=ref(...) of lines
// names, when it names one.
func (p *plan) refPackages(lines []string, paths []string) []string {
	values, err := p.tags.def.All(lines, tags.Member)
	if err != nil {
		return paths
	}
	for _, v := range values {
		if v.isRef && v.ref.Package != "" {
			paths = append(paths, v.ref.Package)
		}
	}
	return paths
}
