package validation

import (
	"go/token"
	"unicode"

	gotags "k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// graph is the graph of the types the run's root types reach, with the
// validations of each; canonical maps every package the run generates
// for or reads (--readonly-pkg) to the package whose Validate_
// functions calls resolve to.
type graph struct {
	p         *plan
	canonical map[string]string
	nodes     map[*types.Type]*node
}

// discover returns the node of t, building it (and what it reaches) the
// first time; nil for a type of a package the run does not read.
func (g *graph) discover(t *types.Type, at token.Position) (*node, error) {
	if t.Name.Package != "" {
		if _, ok := g.canonical[t.Name.Package]; !ok {
			return nil, nil
		}
	}
	if why := unsupported(t); why != "" {
		return nil, g.p.fail(at, "type %s: %s; validation-gen cannot validate its values (on a field, +k8s:opaqueType skips them)", t, why)
	}
	if t.Kind == types.Pointer {
		return g.discover(t.Elem, at)
	}
	if n, ok := g.nodes[t]; ok {
		return n, nil
	}
	n := &node{t: t}
	g.nodes[t] = n
	if !g.p.generated[g.canonical[t.Name.Package]] {
		// A read-only package's type: read its doc comment (only those the
		// run reaches, so that other generators of the same load see no more
		// of the package than they asked for).
		g.p.Document(t)
	}
	if t.Kind == types.Alias || t.Kind == types.Struct {
		n.fn = types.Name{Package: t.Name.Package, Name: "Validate_" + t.Name.Name}
		at = g.p.typePos(t)
	}
	if err := g.discoverInside(n, at); err != nil {
		return nil, err
	}
	if t.Kind == types.Alias || t.Kind == types.Struct {
		if err := g.typeValidations(n); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// discoverInside discovers what n's type is made of.
func (g *graph) discoverInside(n *node, at token.Position) error {
	t := n.t
	var err error
	switch t.Kind {
	case types.Alias:
		n.underlying, err = g.child(t.Underlying, at)
	case types.Struct:
		err = g.discoverStruct(n)
	case types.Slice:
		n.elem, err = g.child(t.Elem, at)
	case types.Map:
		if n.key, err = g.child(t.Key, at); err == nil {
			n.elem, err = g.child(t.Elem, at)
		}
	}
	return err
}

// child returns the edge to t used inside another type, marking its node
// referenced.
func (g *graph) child(t *types.Type, at token.Position) (*edge, error) {
	n, err := g.discover(t, at)
	if err != nil {
		return nil, err
	}
	if n != nil {
		n.referenced = true
	}
	return &edge{t: t, to: n, at: at}, nil
}

// typeValidations reads the tags of a named type, and for a defined list
// or map type adds the calls of its keys' and values' functions.
func (g *graph) typeValidations(n *node) error {
	t := n.t
	ctx := tagContext{scope: scopeType, t: t, path: t.String(), at: g.p.typeTagPos(t)}
	v, err := g.p.extract(ctx, typeComments(t))
	if err != nil {
		return err
	}
	if len(v.calls) > 0 && mapOfSlices(t) {
		return g.p.fail(g.p.typePos(t), "type %s: validation for map of slices is not supported", t.Name.Name)
	}
	n.own.add(v)
	if t.Kind != types.Alias {
		return nil
	}
	name := t.Name.Name
	switch nativeType(t).Kind {
	case types.Slice:
		return g.iterate(&n.eachVal, n.resolveElem(), n.own.opaqueVal, t, "list", "value", name, t.String(), g.p.typePos(t))
	case types.Map:
		if err := g.iterate(&n.eachKey, n.resolveKey(), n.own.opaqueKey, t, "key", "key", name, t.String(), g.p.typePos(t)); err != nil {
			return err
		}
		return g.iterate(&n.eachVal, n.resolveElem(), n.own.opaqueVal, t, "map", "value", name, t.String(), g.p.typePos(t))
	}
	return nil
}

// typeComments are the lines a type's tags are read from: its doc
// comment.
func typeComments(t *types.Type) []string { return t.CommentLines }

// discoverStruct discovers each exported field of a struct and reads its
// tags.
func (g *graph) discoverStruct(n *node) error {
	for i := range n.t.Members {
		m := &n.t.Members[i]
		if unicode.IsLower([]rune(m.Name)[0]) {
			continue
		}
		e, err := g.field(n, m)
		if err != nil {
			return err
		}
		n.fields = append(n.fields, e)
	}
	for _, e := range n.fields {
		r, err := validations{deferred: e.own.parent}.resolve()
		if err != nil {
			return g.p.fail(e.at, "field %s.%s: %v", n.t.Name.Name, e.name, err)
		}
		e.own.parent = nil
		n.own.add(r)
	}
	return nil
}

// field discovers one field of n's struct.
func (g *graph) field(n *node, m *types.Member) (*edge, error) {
	at := g.p.memberPos(n.t, m.Name)
	e, err := g.child(m.Type, at)
	if diag.Positioned(err) {
		return nil, err
	} else if err != nil {
		return nil, g.p.fail(at, "field %s.%s: %v", n.t.Name.Name, m.Name, err)
	}
	e.name = m.Name
	if j, ok := gotags.LookupJSON(*m); ok {
		e.json = j.Name
	}
	path := n.t.String() + "." + m.Name
	if e.json != "" {
		path = n.t.String() + "." + e.json
	}
	ctx := tagContext{scope: scopeField, t: m.Type, path: path, member: m, parent: n.t, parentPath: n.t.String(), at: g.p.memberTagPos(n.t, m.Name)}
	v, err := g.p.extract(ctx, m.CommentLines)
	if err != nil {
		return nil, err
	}
	if len(v.calls) > 0 && mapOfSlices(m.Type) {
		return nil, g.p.fail(at, "field %s.%s: validation for map of slices is not supported", n.t.Name.Name, m.Name)
	}
	e.own.add(v)
	if err := g.opaqueField(n, m, e, at); err != nil {
		return nil, err
	}
	return e, g.fieldIterations(n, m, e, path, at)
}

// opaqueField checks a field whose struct or defined type the run does
// not read: it must say +k8s:opaqueType. A field that says so is not
// descended into.
func (g *graph) opaqueField(n *node, m *types.Member, e *edge, at token.Position) error {
	switch nonPointer(m.Type).Kind {
	case types.Struct, types.Alias:
	default:
		return nil
	}
	if e.to == nil && !e.own.opaque {
		return g.p.fail(at, "field %s.%s: type %s is in a package validation-gen does not read; "+
			"add the package to --readonly-pkg, or add +k8s:opaqueType to the field to skip its validation", n.t.Name.Name, m.Name, m.Type)
	}
	if e.own.opaque {
		e.to = nil
	}
	return nil
}

// fieldIterations adds the calls of a list or map field's keys' and
// values' Validate_ functions.
func (g *graph) fieldIterations(n *node, m *types.Member, e *edge, path string, at token.Position) error {
	where := n.t.Name.Name + "." + m.Name
	switch m.Type.Kind {
	case types.Slice:
		return g.iterate(&e.eachVal, g.elemOf(e, m.Type.Elem), e.own.opaqueVal, m.Type, "list", "value", where, path, at)
	case types.Map:
		if err := g.iterate(&e.eachKey, g.keyOf(e, m.Type.Key), e.own.opaqueKey, m.Type, "key", "key", where, path, at); err != nil {
			return err
		}
		return g.iterate(&e.eachVal, g.elemOf(e, m.Type.Elem), e.own.opaqueVal, m.Type, "map", "value", where, path, at)
	}
	return nil
}

// elemOf is the node of a list or map field's values (from the type
// cache while a recursive type is still being built).
func (g *graph) elemOf(e *edge, elem *types.Type) *node {
	if e.to != nil && e.to.elem != nil {
		return e.to.elem.to
	}
	return g.nodes[nonPointer(elem)]
}

// keyOf is elemOf for a map's keys.
func (g *graph) keyOf(e *edge, key *types.Type) *node {
	if e.to != nil && e.to.key != nil {
		return e.to.key.to
	}
	return g.nodes[key]
}

// iterate sets *into to the call of each key's or value's (what) Validate_
// function of the list or map t (kind "list", "map" or "key"), when
// their type has one. A type the run does not read must be opaque.
func (g *graph) iterate(into *validations, to *node, opaque bool, t *types.Type, kind, what, where, path string, at token.Position) error {
	if to == nil {
		if opaque {
			return nil
		}
		tag := "eachVal"
		elem := nativeType(t).Elem
		if what == "key" {
			tag, elem = "eachKey", nativeType(t).Key
		}
		return g.p.fail(at, "%s: %s type %s is in a package validation-gen does not read; "+
			"add the package to --readonly-pkg, or add +k8s:%s=+k8s:opaqueType to skip its validation", where, what, elem, tag)
	}
	if opaque || to.fn.Name == "" {
		return nil
	}
	var v validations
	var err error
	fn := call{fn: to.fn}
	switch kind {
	case "list":
		v, err = g.p.eachValue(t, path, fn.withComment("iterate the list and call the type's validation function"))
	case "map":
		v, err = g.p.eachValue(t, path, fn.withComment("iterate the map and call the value type's validation function"))
	case "key":
		v, err = g.p.eachKeyCalls(t, fn.withComment("iterate the map and call the key type's validation function"))
	}
	into.add(v)
	return err
}
