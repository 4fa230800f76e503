package openapi

import (
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
)

// jsonTag returns the parts of m's json struct tag; none without one.
func jsonTag(m types.Member) []string {
	tag := reflect.StructTag(m.Tags).Get("json")
	if tag == "" {
		return nil
	}
	return strings.Split(tag, ",")
}

// jsonName returns the name m has in JSON: its json tag's, its Go name
// without one, "" when the tag is "-".
func jsonName(m types.Member) string {
	parts := jsonTag(m)
	switch {
	case len(parts) == 0:
		return m.Name
	case parts[0] == "-":
		return ""
	}
	return parts[0]
}

// omitEmpty reports whether m's json tag has omitempty.
func omitEmpty(m types.Member) bool {
	tag, _ := reflect.StructTag(m.Tags).Lookup("json")
	return strings.HasSuffix(tag, ",omitempty") || strings.Contains(tag, ",omitempty,")
}

// inlined reports whether m is an embedded struct whose fields JSON
// inlines: it has a json tag with no name.
func inlined(m types.Member) bool {
	tag, ok := reflect.StructTag(m.Tags).Lookup("json")
	return m.Embedded && ok && (tag == "" || strings.HasPrefix(tag, ","))
}

// optional reports whether field m of t is optional: +optional, or
// omitempty without +required. Both tags at once are an error.
func (p *plan) optional(t *types.Type, m types.Member) (bool, error) {
	opt, req := has(p.tags.optional, m.CommentLines), has(p.tags.required, m.CommentLines)
	switch {
	case opt && req:
		return false, p.memberErr(t, m, "+optional and +required", "field %s is both +optional and +required; keep one", m.Name)
	case req:
		return false, nil
	case opt:
		return true, nil
	}
	return omitEmpty(m), nil
}

// resolve follows aliases and pointers to the type a value really has.
func resolve(t *types.Type) *types.Type {
	for {
		switch t.Kind {
		case types.Alias:
			t = t.Underlying
		case types.Pointer:
			t = t.Elem
		default:
			return t
		}
	}
}

// property walks field m of t into its property's schema.
func (w *walker) property(t *types.Type, m types.Member) (*node, error) {
	validation, err := w.markers(m.Type, m.CommentLines, w.memberWhere(t, m))
	if err != nil {
		return nil, err
	}
	if err := w.checkPatchTags(t, m); err != nil {
		return nil, err
	}
	w.warnMapKeys(t, m)
	exts, _ := w.extensionsOf(m.CommentLines)
	lines := m.CommentLines
	if enum, ok := w.enums.of(m.Type); ok {
		lines = append(append([]string{}, lines...), enum.descriptionLines()...)
	}
	n := &node{description: describe(lines), exts: exts, markerExts: validation.Extensions}
	if parts := jsonTag(m); len(parts) > 1 && parts[1] == "string" {
		n.simple, n.typ = true, "string"
		return n, nil
	}
	if err := w.defaultValue(n, t, m); err != nil {
		return nil, err
	}
	n.markers = &validation.SchemaProps
	return n, w.value(n, t, m, m.Type)
}

// value walks the type part of a field's schema into n.
func (w *walker) value(n *node, t *types.Type, m types.Member, typ *types.Type) error {
	r := resolve(typ)
	if w.known(n, typ, r) {
		return nil
	}
	switch r.Kind {
	case types.Map:
		return w.mapValue(n, t, m, r)
	case types.Slice, types.Array:
		return w.sliceValue(n, t, m, r)
	case types.Struct:
		w.reference(n, r)
	case types.Interface: // no schema: anything goes
	default:
		return w.unsupported(t, m, r)
	}
	return nil
}

// known sets the OpenAPI type and format of r (typ resolved) when OpenAPI
// has one for it (builtins, time.Time, ...), and typ's values when it is
// an enum.
func (w *walker) known(n *node, typ, r *types.Type) bool {
	n.typ, n.format = common.OpenAPITypeFormat(r.String())
	if n.typ == "" {
		return false
	}
	n.simple = true
	if enum, ok := w.enums.of(typ); ok {
		n.enum = enum.sortedValues()
	}
	return true
}

// unsupported reports a field whose type has no OpenAPI schema.
func (w *walker) unsupported(t *types.Type, m types.Member, r *types.Type) error {
	if r.Kind == types.Builtin {
		return w.memberErr(t, m, "", "field %s has type %s, which OpenAPI has no type for; use another type, or leave the field out with +k8s:openapi-gen=false", m.Name, r)
	}
	return w.memberErr(t, m, "", "field %s has type %s (a %s), which openapi-gen cannot describe; use another type, or leave the field out with +k8s:openapi-gen=false", m.Name, r, r.Kind)
}

// reference makes n a reference to struct t's definition, and records
// the dependency.
func (w *walker) reference(n *node, t *types.Type) {
	w.refs[t.Name.String()] = t
	n.ref = t
}

// mapValue walks a map with string keys into n.
func (w *walker) mapValue(n *node, t *types.Type, m types.Member, r *types.Type) error {
	if resolve(r.Key).Name.Name != "string" {
		return w.memberErr(t, m, "", "field %s is a map with %s keys; OpenAPI maps have string keys: use a string-keyed map, or leave the field out with +k8s:openapi-gen=false", m.Name, r.Key)
	}
	n.additional = &node{}
	return w.element(n.additional, t, m, r.Elem)
}

// sliceValue walks a slice or an array into n.
func (w *walker) sliceValue(n *node, t *types.Type, m types.Member, r *types.Type) error {
	n.items = &node{}
	return w.element(n.items, t, m, r.Elem)
}

// element walks a map's or a slice's element into n.
func (w *walker) element(n *node, t *types.Type, m types.Member, elem *types.Type) error {
	r := resolve(elem)
	if w.known(n, elem, r) {
		return nil
	}
	switch r.Kind {
	case types.Struct:
		w.reference(n, r)
	case types.Slice, types.Array:
		return w.sliceValue(n, t, m, r)
	case types.Map:
		return w.mapValue(n, t, m, r)
	default:
		return w.unsupported(t, m, r)
	}
	return nil
}
