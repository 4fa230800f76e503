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
	tags := commentTags(m.CommentLines)
	_, opt := tags["optional"]
	_, req := tags["required"]
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

// property writes the schema of field m of t, named name.
func (w *typeWriter) property(t *types.Type, m types.Member, name string) error {
	validation, err := w.plan.markers(m.Type, m.CommentLines, w.plan.memberWhere(t, m))
	if err != nil {
		return err
	}
	if err := w.plan.checkPatchTags(t, m); err != nil {
		return err
	}
	w.plan.warnMapKeys(t, m)
	w.e.line(`"%s": {`, name)
	w.memberExtensions(t, m, validation.Extensions)
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	lines := m.CommentLines
	if enum, ok := w.enums.of(m.Type); ok {
		lines = append(append([]string{}, lines...), enum.descriptionLines()...)
	}
	w.description(lines)
	if parts := jsonTag(m); len(parts) > 1 && parts[1] == "string" {
		w.simple("string", "")
		w.e.line("},\n},")
		return nil
	}
	if err := w.defaultValue(t, m); err != nil {
		return err
	}
	w.validations(&validation.SchemaProps)
	if err := w.value(t, m, m.Type); err != nil {
		return err
	}
	w.e.line("},\n},")
	return nil
}

// value writes the type part of a field's schema, after its description,
// default and validations.
func (w *typeWriter) value(t *types.Type, m types.Member, typ *types.Type) error {
	r := resolve(typ)
	if format, ok := w.known(r); ok {
		w.simple(format[0], format[1])
		w.enumValues(typ)
		return nil
	}
	switch r.Kind {
	case types.Map:
		return w.mapValue(t, m, r)
	case types.Slice, types.Array:
		return w.sliceValue(t, m, r)
	case types.Struct:
		w.reference(r)
	case types.Interface: // no schema: anything goes
	default:
		return w.unsupported(t, m, r)
	}
	return nil
}

// known returns the OpenAPI type and format of t when OpenAPI has one for
// it (builtins, time.Time, ...).
func (w *typeWriter) known(t *types.Type) ([2]string, bool) {
	typ, format := common.OpenAPITypeFormat(t.String())
	return [2]string{typ, format}, typ != ""
}

// unsupported reports a field whose type has no OpenAPI schema.
func (w *typeWriter) unsupported(t *types.Type, m types.Member, r *types.Type) error {
	if r.Kind == types.Builtin {
		return w.plan.memberErr(t, m, "", "field %s has type %s, which OpenAPI has no type for; use another type, or leave the field out with +k8s:openapi-gen=false", m.Name, r)
	}
	return w.plan.memberErr(t, m, "", "field %s has type %s (a %s), which openapi-gen cannot describe; use another type, or leave the field out with +k8s:openapi-gen=false", m.Name, r, r.Kind)
}

// simple writes a schema's type and format.
func (w *typeWriter) simple(typ, format string) {
	w.e.line(`Type: []string{"%s"},`, typ)
	w.e.line(`Format: "%s",`, format)
}

// enumValues writes the values of typ when it is an enum.
func (w *typeWriter) enumValues(typ *types.Type) {
	if enum, ok := w.enums.of(typ); ok {
		w.e.line("Enum: []interface{}{%s},", strings.Join(enum.quotedValues(), ", "))
	}
}

// reference writes a reference to struct t's definition, and records the
// dependency.
func (w *typeWriter) reference(t *types.Type) {
	w.refs[t.Name.String()] = t
	w.e.line("Ref: ref(%s),", w.modelKey(t))
}

// mapValue writes the schema of a map with string keys.
func (w *typeWriter) mapValue(t *types.Type, m types.Member, r *types.Type) error {
	if resolve(r.Key).Name.Name != "string" {
		return w.plan.memberErr(t, m, "", "field %s is a map with %s keys; OpenAPI maps have string keys: use a string-keyed map, or leave the field out with +k8s:openapi-gen=false", m.Name, r.Key)
	}
	w.e.line(`Type: []string{"object"},`)
	w.e.line("AdditionalProperties: &%s{\nAllows: true,\nSchema: &%s{\nSchemaProps: %s{", w.ref(specPkg, "SchemaOrBool"), w.ref(specPkg, "Schema"), w.ref(specPkg, "SchemaProps"))
	if err := w.element(t, m, r.Elem); err != nil {
		return err
	}
	w.e.line("},\n},\n},")
	return nil
}

// sliceValue writes the schema of a slice or an array.
func (w *typeWriter) sliceValue(t *types.Type, m types.Member, r *types.Type) error {
	w.e.line(`Type: []string{"array"},`)
	w.e.line("Items: &%s{\nSchema: &%s{\nSchemaProps: %s{", w.ref(specPkg, "SchemaOrArray"), w.ref(specPkg, "Schema"), w.ref(specPkg, "SchemaProps"))
	if err := w.element(t, m, r.Elem); err != nil {
		return err
	}
	w.e.line("},\n},\n},")
	return nil
}

// element writes the schema of a map's or a slice's element.
func (w *typeWriter) element(t *types.Type, m types.Member, elem *types.Type) error {
	r := resolve(elem)
	if format, ok := w.known(r); ok {
		w.simple(format[0], format[1])
		w.enumValues(elem)
		return nil
	}
	switch r.Kind {
	case types.Struct:
		w.reference(r)
	case types.Slice, types.Array:
		return w.sliceValue(t, m, r)
	case types.Map:
		return w.mapValue(t, m, r)
	default:
		return w.unsupported(t, m, r)
	}
	return nil
}
