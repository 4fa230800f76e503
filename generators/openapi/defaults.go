package openapi

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// tagDefault is +default=<JSON>|ref(<name>), on a field or on its type.
const tagDefault = "default"

// defaultValue sets n's default, that of field m of t: its +default (or
// its type's), or the zero value a required non-pointer field implies.
func (w *walker) defaultValue(n *node, t *types.Type, m types.Member) error {
	def, ref, err := w.declaredDefault(t, m)
	if err != nil {
		return err
	}
	implied, err := impliedDefault(m.Type, omitEmpty(m))
	if err != nil { // a type with no zero value in OpenAPI has no schema either
		return w.unsupported(t, m, resolve(m.Type))
	}
	if implied != nil {
		if def == nil {
			def = implied
		} else if !reflect.DeepEqual(def, implied) {
			want, _ := json.Marshal(implied)
			return w.memberErr(t, m, "+default", "field %s: invalid default value (%#v) for non-pointer/non-omitempty. If specified, must be: %s (make the field a pointer or omitempty to give it another default)", m.Name, def, want)
		}
	}
	n.def, n.defRef = def, ref
	return nil
}

// declaredDefault returns the +default of field m of t: a JSON value, or
// the name a ref(...) gives. Without one on the field, the field's type
// is looked at, then what it points to or aliases, in turn.
func (p *plan) declaredDefault(t *types.Type, m types.Member) (any, *types.Name, error) {
	lines, pkg, typ := m.CommentLines, t.Name.Package, m.Type
	var value string
	for {
		values := values(p.tags.def, lines)
		if len(values) > 1 {
			return nil, nil, p.memberErr(t, m, "+default", "field %s: +default is given more than once (on the field or on its type); keep one", m.Name)
		}
		if len(values) == 1 {
			value = values[0]
		}
		if typ == nil || value != "" {
			break
		}
		lines, pkg = typ.CommentLines, typ.Name.Package
		switch typ.Kind {
		case types.Pointer:
			typ = typ.Elem
		case types.Alias:
			typ = typ.Underlying
		default:
			typ = nil
		}
	}
	if value == "" {
		return nil, nil, nil
	}
	if name, ok := symbolRef(value, pkg); ok {
		return nil, &name, nil
	}
	v, err := tags.DefaultJSON(value)
	if err == nil {
		err = tags.CheckDefault(value, m.Type)
	}
	if err != nil { // worded as defaulter-gen words it, so that a run of both reports it once
		return nil, nil, p.memberErr(t, m, "+default", "+%s: %v", tagDefault, err)
	}
	return v, nil, nil
}

// symbolRef reads ref(Name) or ref(pkg/path.Name); a name without a
// package is in pkg.
func symbolRef(s, pkg string) (types.Name, bool) {
	inner, ok := strings.CutPrefix(s, "ref(")
	if !ok || !strings.HasSuffix(inner, ")") {
		return types.Name{}, false
	}
	inner = strings.TrimSuffix(inner, ")")
	if inner == "" || strings.Contains(inner, `"`) {
		return types.Name{}, false
	}
	name := types.ParseFullyQualifiedName(inner)
	if name.Package == "" {
		name.Package = pkg
	}
	return name, true
}

// customUnmarshal reports whether values of t decode themselves from JSON.
func customUnmarshal(t *types.Type) bool {
	switch t.Kind {
	case types.Pointer:
		m, ok := t.Elem.Methods["UnmarshalJSON"]
		return ok && m.Signature.Receiver.Kind == types.Pointer
	case types.Struct:
		_, ok := t.Methods["UnmarshalJSON"]
		return ok
	}
	return false
}

// impliedDefault returns the default a field of type t has whether or not
// it says so: {} for a struct, the zero value of a builtin that is not
// omitempty; nil where there is none.
func impliedDefault(t *types.Type, omitEmpty bool) (any, error) {
	if customUnmarshal(t) {
		return nil, nil // decodes null itself
	}
	switch t.Kind {
	case types.Alias:
		return impliedDefault(t.Underlying, omitEmpty)
	case types.Pointer, types.Map, types.Slice, types.Array, types.Interface:
		return nil, nil
	case types.Struct:
		if len(t.Members) == 1 && t.Members[0].Embedded {
			return impliedDefault(t.Members[0].Type, omitEmpty)
		}
		return map[string]any{}, nil
	case types.Builtin:
		if omitEmpty {
			return nil, nil
		}
		if zero, ok := common.OpenAPIZeroValue(t.String()); ok {
			return zero, nil
		}
		return nil, fmt.Errorf("type %v has no OpenAPI zero value", t)
	}
	return nil, fmt.Errorf("cannot tell the default of a %v", t.Kind)
}
