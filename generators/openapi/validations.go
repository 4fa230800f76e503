package openapi

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// isZero reports whether s sets nothing.
func isZero(s *spec.SchemaProps) bool { return reflect.DeepEqual(*s, spec.SchemaProps{}) }

func keysOfAny(m map[string]any) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func keysOfSchemas(m map[string]spec.Schema) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// check returns what upstream rejects in the markers' values: negative
// counts, bounds that contradict, a bad pattern, a zero multipleOf, CEL
// rules without a rule or a message.
func (v *validationTags) check() []string {
	var out []string
	add := func(cond bool, format string, args ...any) {
		if cond {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	counts := []struct {
		name string
		v    *int64
	}{{"minLength", v.MinLength}, {"maxLength", v.MaxLength}, {"minItems", v.MinItems}, {"maxItems", v.MaxItems}, {"minProperties", v.MinProperties}, {"maxProperties", v.MaxProperties}}
	for _, n := range counts {
		add(n.v != nil && *n.v < 0, "%s cannot be negative", n.name)
	}
	add(v.Minimum != nil && v.Maximum != nil && *v.Minimum > *v.Maximum, "minimum is greater than maximum")
	add((v.ExclusiveMinimum != nil || v.ExclusiveMaximum != nil) && v.Minimum != nil && v.Maximum != nil && *v.Minimum == *v.Maximum, "exclusiveMinimum/Maximum cannot be set when minimum == maximum")
	add(v.MinLength != nil && v.MaxLength != nil && *v.MinLength > *v.MaxLength, "minLength is greater than maxLength")
	add(v.MinItems != nil && v.MaxItems != nil && *v.MinItems > *v.MaxItems, "minItems is greater than maxItems")
	add(v.MinProperties != nil && v.MaxProperties != nil && *v.MinProperties > *v.MaxProperties, "minProperties is greater than maxProperties")
	add(v.MultipleOf != nil && *v.MultipleOf == 0, "multipleOf cannot be 0")
	if v.Pattern != nil {
		_, err := regexp.Compile(*v.Pattern)
		add(err != nil, "invalid pattern %q: %v", *v.Pattern, err)
	}
	for i, r := range v.CEL {
		add(r == celRule{} || r.Rule == "", "cel[%d] has no rule", i)
		add(r.Message == "" && r.MessageExpression == "", "cel[%d] needs a message or a messageExpression", i)
		add(r.Message != "" && r.MessageExpression != "", "cel[%d] has both a message and a messageExpression; keep one", i)
	}
	return out
}

// customSchema reports whether t gives its schema through methods, so
// that what validations apply cannot be told.
func customSchema(t *types.Type) bool {
	m := methodsOf(elemOf(t))
	return m.v2 || m.v3 || m.typeAndFormat || m.oneOf
}

// elemOf follows pointers.
func elemOf(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}

// checkType returns the markers that do not apply to a value of type t.
func (v *validationTags) checkType(t *types.Type) []string {
	if t == nil {
		return nil
	}
	r := resolve(t)
	if (r.Kind == types.Interface || r.Kind == types.Struct) && customSchema(t) {
		return nil
	}
	typ, _ := common.OpenAPITypeFormat(r.String())
	array, isMap, isStruct := r.Kind == types.Slice || r.Kind == types.Array, r.Kind == types.Map, r.Kind == types.Struct
	number := typ == "integer" || typ == "number"
	var out []string
	need := func(set, ok bool, what, kind string) {
		if set && !ok {
			out = append(out, fmt.Sprintf("%s can only be used on %s types", what, kind))
		}
	}
	need(v.MaxItems != nil, array, "maxItems", "array")
	need(v.MinItems != nil, array, "minItems", "array")
	need(v.UniqueItems != nil, array, "uniqueItems", "array")
	need(v.MaxProperties != nil, isMap || isStruct, "maxProperties", "map")
	need(v.MinProperties != nil, isMap || isStruct, "minProperties", "map")
	need(v.MinLength != nil, typ == "string", "minLength", "string")
	need(v.MaxLength != nil, typ == "string", "maxLength", "string")
	need(v.Pattern != nil, typ == "string", "pattern", "string")
	need(v.Minimum != nil, number, "minimum", "numeric")
	need(v.Maximum != nil, number, "maximum", "numeric")
	need(v.MultipleOf != nil, number, "multipleOf", "numeric")
	need(v.ExclusiveMinimum != nil, number, "exclusiveMinimum", "numeric")
	need(v.ExclusiveMaximum != nil, number, "exclusiveMaximum", "numeric")
	need(v.AdditionalProperties != nil, isMap, "additionalProperties", "map")
	need(v.Items != nil, array, "items", "array")
	return append(out, v.checkProperties(r, isMap, isStruct)...)
}

// checkProperties checks the property markers of a type resolved to r:
// each must name a field of a struct, and apply to that field's type.
func (v *validationTags) checkProperties(r *types.Type, isMap, isStruct bool) []string {
	if v.Properties == nil {
		return nil
	}
	if !isMap && !isStruct {
		return []string{"properties can only be used on struct types"}
	}
	var out []string
	for _, name := range slices.Sorted(keysOfTags(v.Properties)) {
		if !isStruct {
			break
		}
		m, ok := memberNamed(r, name)
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("property %q names no field of %s", name, r.String()))
		case v.Properties[name] != nil:
			for _, p := range v.Properties[name].checkType(m.Type) {
				out = append(out, fmt.Sprintf("property %q: %s", name, p))
			}
		}
	}
	return out
}

func keysOfTags(m map[string]*validationTags) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// memberNamed returns the field of struct t (its embedded structs
// included) named name in JSON.
func memberNamed(t *types.Type, name string) (types.Member, bool) {
	for _, m := range t.Members {
		if parts := jsonTag(m); len(parts) > 0 && parts[0] == name {
			return m, true
		}
		if m.Embedded {
			if inner, ok := memberNamed(m.Type, name); ok {
				return inner, true
			}
		}
	}
	return types.Member{}, false
}
