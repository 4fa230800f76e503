package defaulter

import (
	"k8s.io/gengo/v2/types"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// Some shapes of fields cannot be defaulted by the code an object defaulter
// is made of: a loop over the elements of a slice, a nil check and a call
// through one pointer. Upstream writes that code anyway, and it does not
// compile. shapeCheck walks a call tree as the emitter will, tracking the
// Go type of the expression each node is written against, and reports each
// such field at its declaration instead.
type shapeCheck struct {
	p    *plan
	errs *diag.List
	// name renders a type as the package's code would.
	name func(*types.Type) string
}

// Why a field cannot be defaulted, and what to do instead.
const (
	whyPointerToPointer = "the values to default sit behind a pointer to a pointer; make it a single pointer"
	whyNestedSlice      = "the values to default sit in a slice reached through a pointer or another slice; put a struct between the outer pointer or slice and the inner slice"
	whyNestedMap        = "the values to default sit in a map reached through a pointer or a slice; put a struct between them"
	whyMapInSlice       = "it is a slice of maps whose values would need defaulting, and map values are not defaulted in place; put a struct between the slice and the map"
)

// checkShapes reports the fields of root's tree, the call tree of t's
// object defaulter written into pkg, that cannot be defaulted.
func (p *plan) checkShapes(pkg *types.Package, root *node, t *types.Type, errs *diag.List) {
	raw := namer.NewRawNamer(pkg.Path, generator.NewImportTrackerForPackage(pkg.Path))
	s := &shapeCheck{p: p, errs: errs, name: raw.Name}
	s.check(root, t)
}

// check reports the fields of root's tree that cannot be defaulted. root
// defaults a *t, named "in".
func (s *shapeCheck) check(root *node, t *types.Type) {
	s.node(root, &types.Type{Kind: types.Pointer, Elem: t}, root)
}

// node checks n, written against an expression of type expr. field is the
// closest enclosing field node (or the root), for the error's position.
func (s *shapeCheck) node(n *node, expr *types.Type, field *node) {
	if n.field != "" {
		expr, field = n.typ, n
	}
	switch {
	case n.index:
		s.index(n, expr, field)
	case n.key:
		if n.def != nil && unalias(expr).Kind != types.Map {
			s.fail(field, whyNestedMap)
		}
	default:
		if pointersTo(expr, n.typ) > 1 && emits(n, true) {
			s.fail(field, whyPointerToPointer)
			return
		}
		for _, child := range n.children {
			s.node(child, expr, field)
		}
	}
}

// index checks a loop over the slice or array of type expr, whose elements
// n stands for: the loop ranges over expr, and its body works on the local
// variable it declares for each element.
func (s *shapeCheck) index(n *node, expr *types.Type, field *node) {
	c := unalias(expr)
	if c.Kind == types.Pointer {
		c = unalias(c.Elem)
		if c.Kind != types.Array {
			s.fail(field, whyNestedSlice)
			return
		}
	}
	if n.markerOnly {
		return
	}
	if len(n.calls) == 0 && !anyEmits(n.children) {
		s.fail(field, whyMapInSlice)
		return
	}
	local := n.typ
	if !n.elem {
		local = &types.Type{Kind: types.Pointer, Elem: n.typ}
	}
	for _, child := range n.children {
		s.node(child, local, field)
	}
}

// fail reports that the value at field cannot be defaulted, at the
// field's declaration; or, when the object itself has the shape, at the
// type's.
func (s *shapeCheck) fail(field *node, why string) {
	if field.owner == nil {
		t := field.typ
		s.errs.Addf(s.p.Index.Type(t).Pos, "type %s cannot be defaulted by generated code (upstream's does not compile): its object defaulter takes a *%s, through which the values inside cannot be reached; drop its +%s=%s and opt in a struct that holds it, or write %s yourself",
			t.Name.Name, t.Name.Name, tagEnabled, valueTrue, fnName(prefixObject, t))
		return
	}
	s.errs.Addf(s.p.Index.Member(field.owner, field.field).Pos, "field %s (%s) cannot be defaulted by generated code (upstream's does not compile): %s, or write %s yourself and mark it +%s=%s",
		field.field, s.name(field.typ), why, fnName(prefixBase, field.owner), tagEnabled, valueCovers)
}

// emits reports whether the emitter writes anything for n (within a parent
// when inner).
func emits(n *node, inner bool) bool {
	switch {
	case n.index, n.elem && inner:
		return true
	case n.key:
		return n.def != nil
	}
	return n.def != nil || len(n.calls) > 0 || anyEmits(n.children)
}

func anyEmits(nodes []*node) bool {
	for _, n := range nodes {
		if emits(n, true) {
			return true
		}
	}
	return false
}

// pointersTo returns how many pointers lead from expr to t (0 when expr is
// t), looking through aliases, or -1 when expr does not lead to t.
func pointersTo(expr, t *types.Type) int {
	for depth := 0; expr != nil; depth++ {
		if expr == t || unalias(expr) == unalias(t) {
			return depth
		}
		expr = unalias(expr)
		if expr.Kind != types.Pointer {
			return -1
		}
		expr = expr.Elem
	}
	return -1
}

// unalias follows aliases to the first other type.
func unalias(t *types.Type) *types.Type {
	for t.Kind == types.Alias && t.Underlying != nil {
		t = t.Underlying
	}
	return t
}
