package openapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// ptrTo is the function the generated code takes the address of a
// validation's bound with.
const ptrTo = "k8s.io/utils/ptr"

// validations writes the validations the markers give a schema.
func (w *typeWriter) validations(s *spec.SchemaProps) {
	to := func() string { return w.ref(ptrTo, "To") }
	floats := []struct {
		name string
		v    *float64
	}{{"Minimum", s.Minimum}, {"Maximum", s.Maximum}}
	for _, f := range floats {
		if f.v != nil {
			w.e.line("%s: %s[float64](%v),", f.name, to(), *f.v)
		}
	}
	if s.ExclusiveMinimum {
		w.e.line("ExclusiveMinimum: true,")
	}
	if s.ExclusiveMaximum {
		w.e.line("ExclusiveMaximum: true,")
	}
	w.ints(to, []string{"MinLength", "MaxLength", "MinProperties", "MaxProperties"}, s.MinLength, s.MaxLength, s.MinProperties, s.MaxProperties)
	if s.Pattern != "" {
		p, _ := json.Marshal(s.Pattern)
		w.e.line("Pattern: %s,", p)
	}
	if s.MultipleOf != nil {
		w.e.line("MultipleOf: %s[float64](%v),", to(), *s.MultipleOf)
	}
	w.ints(to, []string{"MinItems", "MaxItems"}, s.MinItems, s.MaxItems)
	if s.UniqueItems {
		w.e.line("UniqueItems: true,")
	}
}

// ints writes the integer bounds that are set, named by names.
func (w *typeWriter) ints(to func() string, names []string, values ...*int64) {
	for i, v := range values {
		if v != nil {
			w.e.line("%s: %s[int64](%d),", names[i], to(), *v)
		}
	}
}

// checkMarkers reports what upstream rejects in a type's or field's
// validation markers: bounds that contradict, and validations that do not
// apply to its type.
func checkMarkers(t *types.Type, s *spec.SchemaProps) error {
	var errs []error
	add := func(cond bool, format string, args ...any) {
		if cond {
			errs = append(errs, fmt.Errorf(format, args...))
		}
	}
	for _, n := range []struct {
		name string
		v    *int64
	}{{"minLength", s.MinLength}, {"maxLength", s.MaxLength}, {"minItems", s.MinItems}, {"maxItems", s.MaxItems}, {"minProperties", s.MinProperties}, {"maxProperties", s.MaxProperties}} {
		add(n.v != nil && *n.v < 0, "%s cannot be negative", n.name)
	}
	add(s.Minimum != nil && s.Maximum != nil && *s.Minimum > *s.Maximum, "minimum is greater than maximum")
	add(s.MinLength != nil && s.MaxLength != nil && *s.MinLength > *s.MaxLength, "minLength is greater than maxLength")
	add(s.MinItems != nil && s.MaxItems != nil && *s.MinItems > *s.MaxItems, "minItems is greater than maxItems")
	add(s.MultipleOf != nil && *s.MultipleOf == 0, "multipleOf cannot be 0")
	if s.Pattern != "" {
		_, err := regexp.Compile(s.Pattern)
		add(err != nil, "invalid pattern %q: %v", s.Pattern, err)
	}
	if t != nil {
		errs = append(errs, checkMarkerKinds(t, s)...)
	}
	return errors.Join(errs...)
}

// checkMarkerKinds reports validations that do not apply to type t.
func checkMarkerKinds(t *types.Type, s *spec.SchemaProps) []error {
	r := resolve(t)
	if r.Kind == types.Interface || r.Kind == types.Struct {
		m := methodsOf(elemOf(t))
		if m.v2 || m.v3 || m.typeAndFormat || m.oneOf {
			return nil
		}
	}
	typ, _ := common.OpenAPITypeFormat(r.String())
	array := r.Kind == types.Slice || r.Kind == types.Array
	object := r.Kind == types.Map || r.Kind == types.Struct
	number := typ == "integer" || typ == "number"
	var errs []error
	need := func(set, ok bool, what, kind string) {
		if set && !ok {
			errs = append(errs, fmt.Errorf("%s can only be used on %s types", what, kind))
		}
	}
	need(s.MaxItems != nil, array, "maxItems", "array")
	need(s.MinItems != nil, array, "minItems", "array")
	need(s.UniqueItems, array, "uniqueItems", "array")
	need(s.MaxProperties != nil, object, "maxProperties", "map")
	need(s.MinProperties != nil, object, "minProperties", "map")
	need(s.MinLength != nil, typ == "string", "minLength", "string")
	need(s.MaxLength != nil, typ == "string", "maxLength", "string")
	need(s.Pattern != "", typ == "string", "pattern", "string")
	need(s.Minimum != nil, number, "minimum", "numeric")
	need(s.Maximum != nil, number, "maximum", "numeric")
	need(s.MultipleOf != nil, number, "multipleOf", "numeric")
	need(s.ExclusiveMinimum, number, "exclusiveMinimum", "numeric")
	need(s.ExclusiveMaximum, number, "exclusiveMaximum", "numeric")
	return errs
}

// elemOf follows pointers.
func elemOf(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	return t
}
