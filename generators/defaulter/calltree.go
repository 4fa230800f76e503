package defaulter

import (
	"fmt"
	"go/token"
	"reflect"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// node is one step of the path from an object to a value that has a
// defaulter or a default: a field, a pointer, a slice element or a map
// value, with the functions to call there and the default to set.
type node struct {
	field      string // the field to access, "" for none
	key        bool   // a map's values
	index      bool   // a slice's elements
	elem       bool   // through a pointer
	markerOnly bool   // only there to set a default
	calls      []*types.Type
	children   []*node
	def        *defaultSpec
	// typ is the type of the value the node stands for.
	typ *types.Type
	// owner is the struct whose field the node is, nil for other nodes.
	owner *types.Type
}

// defaultSpec is a +default to apply at a node.
type defaultSpec struct {
	value     defaultValue
	at        token.Position
	primitive bool        // the value resolves to a primitive type
	base      *types.Type // the type under pointers and aliases
	top       *types.Type // the declared type of the value
}

// tree builds call trees over the hand-written defaulters and the object
// defaulters planned for one package.
type tree struct {
	p        *plan
	objects  funcMap
	building map[*types.Type]bool
	errs     *diag.List // nil while promoting: the problems are found again when generating
}

func (p *plan) newTree(objects funcMap, errs *diag.List) *tree {
	return &tree{p: p, objects: objects, building: map[*types.Type]bool{}, errs: errs}
}

func (tr *tree) fail(pos token.Position, format string, args ...any) {
	if tr.errs != nil {
		tr.errs.Addf(pos, format, args...)
	}
}

// build returns the tree of what defaulting t calls, or nil when nothing.
// At the root, t's own object defaulter is not called (it is the one
// being written).
func (tr *tree) build(t *types.Type, root bool) *node {
	n := &node{elem: root, typ: t}
	d := tr.p.manual[t]
	if d == nil {
		d = &defaults{}
	}
	switch obj := tr.objects[t]; {
	case !root && obj != nil && obj.object != nil:
		n.calls = append(n.calls, obj.object)
		return n
	case d.object != nil:
		n.calls = append(n.calls, d.object)
		return n
	case d.base != nil:
		n.calls = append(n.calls, d.base)
		if tr.p.covers(d.base) {
			return n
		}
	}
	n.calls = append(n.calls, d.additional...)
	if tr.building[t] {
		return nil // a recursive type: its defaulter is called where it is built
	}
	tr.building[t] = true
	defer func() { tr.building[t] = false }()
	tr.children(n, t)
	if len(n.children) == 0 && len(n.calls) == 0 {
		return nil
	}
	return n
}

// children adds to n the nodes of what t holds.
func (tr *tree) children(n *node, t *types.Type) {
	switch t.Kind {
	case types.Pointer:
		if child := tr.build(t.Elem, false); child != nil {
			child.elem = true
			n.children = append(n.children, child)
		}
	case types.Slice, types.Array, types.Map:
		tr.container(n, t)
	case types.Struct:
		for _, m := range t.Members {
			tr.member(n, t, m)
		}
	case types.Alias:
		if child := tr.build(t.Underlying, false); child != nil {
			n.children = append(n.children, child)
		}
	}
}

// container adds the node of a slice's elements or a map's values: their
// defaulters, or else the +default of their type.
func (tr *tree) container(n *node, t *types.Type) {
	child := tr.build(t.Elem, false)
	if child == nil {
		child = tr.populate(nil, t.Elem, t.Elem.CommentLines, t.Elem.Name.Package, tr.p.Index.TypeTag(t.Elem))
		if child == nil {
			return
		}
	} else if t.Kind != types.Map && t.Elem.Kind == types.Pointer {
		child.elem = true
	}
	if t.Kind == types.Map {
		child.key = true
	} else {
		child.index = true
	}
	n.children = append(n.children, child)
}

// member adds the node of a struct field.
func (tr *tree) member(n *node, t *types.Type, m types.Member) {
	name := m.Name
	if name == "" {
		if m.Type.Kind == types.Pointer {
			name = m.Type.Elem.Name.Name
		} else {
			name = m.Type.Name.Name
		}
	}
	where := tr.p.Index.MemberTag(t, m.Name)
	if child := tr.build(m.Type, false); child != nil {
		child.field, child.owner = name, t
		// Upstream resolves an unqualified ref() here in the field type's package.
		tr.populate(child, m.Type, m.CommentLines, m.Type.Name.Package, where)
		n.children = append(n.children, child)
	} else if child := tr.populate(nil, m.Type, m.CommentLines, t.Name.Package, where); child != nil {
		child.field, child.owner = name, t
		n.children = append(n.children, child)
	}
}

// populate reads the +default of a value of type t from lines (or, for a
// pointer without one, from the types it points through), and sets it on
// n, creating a marker node when n is nil. It returns n, nil when there is
// no default to set.
func (tr *tree) populate(n *node, t *types.Type, lines []string, pkg string, where positioner) *node {
	values, err := tr.p.tags.def.All(lines, tags.Member)
	if err != nil {
		tr.fail(where(tagDefault+"="), "%v", err)
		return n
	}
	if len(values) > 1 {
		tr.repeated(lines, where)
		return n
	}
	base, depth := resolve(t)
	if len(values) == 0 && depth > 0 {
		values, where = tr.nestedDefault(t)
	}
	if len(values) == 0 {
		return n
	}
	v := values[0]
	if v.isRef && v.ref.Package == "" {
		v.ref.Package = pkg
	}
	if !v.isRef && !tr.checkLiteral(v.literal, t, base.IsPrimitive(), where(tagDefault+"=")) {
		return n
	}
	if !v.isRef && v.decoded != nil {
		if zero, ok := zeroValue(t.String()); ok && reflect.DeepEqual(v.decoded, zero) {
			return n // upstream drops a default equal to the zero value
		}
	}
	if n == nil {
		n = &node{markerOnly: true, typ: t}
	}
	n.def = &defaultSpec{value: v, at: where(tagDefault + "="), primitive: base.IsPrimitive(), base: base, top: t}
	return n
}

// checkLiteral checks a +default literal against t, the type of what it
// defaults, as the generated code uses it (as a Go constant when primitive,
// else decoded by encoding/json), reporting at pos. It reports whether the
// literal fits; a key the decoding drops is a warning.
func (tr *tree) checkLiteral(literal string, t *types.Type, primitive bool, pos token.Position) bool {
	warnings, err := tags.CheckDefaultDecoded(literal, t, primitive)
	if err != nil {
		tr.fail(pos, "+%s: %v", tagDefault, err)
		return false
	}
	for _, w := range warnings {
		if tr.errs != nil {
			klog.Warningf("%s: +%s: %s", diag.Where(pos), tagDefault, w)
		}
	}
	return true
}

// repeated reports each +default of lines after the first, as the tag
// check of an input package does (so that the two reports are one).
func (tr *tree) repeated(lines []string, where positioner) {
	seen := false
	for _, tag := range tr.p.Registry.Find(lines) {
		if tag.Name != tagDefault {
			continue
		}
		if seen {
			tr.fail(where(tag.Line), "+%s is given more than once; keep one", tagDefault)
		}
		seen = true
	}
}

// nestedDefault returns the first +default on the types a pointer type
// points through (their doc comments), and where it is written.
func (tr *tree) nestedDefault(t *types.Type) ([]defaultValue, positioner) {
	for prev := (*types.Type)(nil); prev != t; {
		prev = t
		values, err := tr.p.tags.def.All(t.CommentLines, tags.Type)
		if err != nil {
			tr.fail(tr.p.Index.Type(t).Find(tagDefault+"="), "%v", err)
			return nil, nil
		}
		if len(values) == 1 {
			return values, tr.p.Index.TypeTag(t)
		}
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
		}
	}
	return nil, nil
}

// resolve follows pointers and aliases to the first other type, counting
// the pointers.
func resolve(t *types.Type) (*types.Type, int) {
	depth := 0
	for {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t, depth = t.Elem, depth+1
		default:
			return t, depth
		}
	}
}

// pointerPath returns the types met below each pointer between t and its
// value type (through aliases): for **T, [*T, T].
func pointerPath(t *types.Type) []*types.Type {
	var path []*types.Type
	for t != nil {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
			path = append(path, t)
		default:
			return path
		}
	}
	return path
}

// zeroValue returns the zero value of a type, as JSON decodes it, for the
// type names upstream knows.
func zeroValue(name string) (any, bool) {
	switch name {
	case "uint", "uint8", "uint16", "uint32", "uint64", "int", "int8", "int16", "int32", "int64",
		"byte", "float64", "float32", "integer", "number":
		return 0., true
	case "bool", "boolean":
		return false, true
	case "time.Time", "string", "[]byte":
		return "", true
	case "interface{}":
		return nil, true
	}
	return nil, false
}

// zeroLiteral returns the Go literal a primitive's default is compared to.
func zeroLiteral(name string) (string, error) {
	zero, ok := zeroValue(name)
	if !ok {
		return "", fmt.Errorf("a +%s on a %s is not supported (defaulter-gen knows the zero values of bool, string and the integer and float types)", tagDefault, name)
	}
	if s, ok := zero.(string); ok {
		return fmt.Sprintf("%q", s), nil
	}
	return fmt.Sprint(zero), nil
}
