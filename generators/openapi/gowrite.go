package openapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// goWriter writes the Go source of definitions from their model.
type goWriter struct {
	*defsGen
	e *emitter
}

// schemaFunc writes d's schema function, unless its methods give the
// whole definition.
func (w *goWriter) schemaFunc(d *definition) {
	if d.schema == nil {
		return
	}
	w.e.line("func %s(ref %s) %s {", schemaFuncName(d.t), w.ref(commonPkg, "ReferenceCallback"), w.ref(commonPkg, "OpenAPIDefinition"))
	if d.schema.custom {
		w.customSchema(d.t, d.methods, d.schema)
		return
	}
	w.structSchema(d)
}

// customSchema writes the definition of a type whose methods give its
// schema type and format (and its v3 schema, or its v3 one-of types).
func (w *goWriter) customSchema(t *types.Type, m customMethods, n *node) {
	name := w.raw(t)
	typeFormat := fmt.Sprintf("Type:%s{}.OpenAPISchemaType(),\nFormat:%s{}.OpenAPISchemaFormat(),\n", name, name)
	embed := w.ref(commonPkg, "EmbedOpenAPIDefinitionIntoV2Extension")
	switch {
	case m.v3:
		w.e.text(fmt.Sprintf("return %s(%s{}.OpenAPIV3Definition(), ", embed, name))
		w.definition(typeFormat, n)
		w.e.text("})\n}\n\n")
	case m.oneOf:
		w.e.text("return " + embed + "(")
		oneOf := fmt.Sprintf("OneOf:%s(%s{}.OpenAPIV3OneOfTypes()),\nFormat:%s{}.OpenAPISchemaFormat(),\n", w.ref(commonPkg, "GenerateOpenAPIV3OneOfSchema"), name, name)
		w.definition(oneOf, n)
		w.e.text("},")
		w.definition(typeFormat, n)
		w.e.text("})\n}\n\n")
	default:
		w.e.text("return ")
		w.definition(typeFormat, n)
		w.e.text("}\n}\n\n")
	}
}

// definition writes an OpenAPIDefinition literal up to its schema's end:
// the description, kind (the schema's type and format lines), the
// validations, then the type's extensions.
func (w *goWriter) definition(kind string, n *node) {
	w.e.line("%s{", w.ref(commonPkg, "OpenAPIDefinition"))
	w.e.line("Schema: %s{", w.ref(specPkg, "Schema"))
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	w.description(n.description)
	w.e.text(kind)
	w.validations(n.markers)
	w.e.line("},")
	w.extensions(n.exts, n.unions, n.markerExts)
	w.e.line("},")
}

// structSchema writes the definition of a plain struct: an object with
// its fields as properties, and the definitions it depends on.
func (w *goWriter) structSchema(d *definition) {
	n := d.schema
	w.e.line("return %s{", w.ref(commonPkg, "OpenAPIDefinition"))
	w.e.line("Schema: %s{", w.ref(specPkg, "Schema"))
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	w.description(n.description)
	w.e.line(`Type: []string{"object"},`)
	w.validations(n.markers)
	if len(n.properties) > 0 {
		w.e.line("Properties: map[string]%s{", w.ref(specPkg, "Schema"))
		for _, p := range n.properties {
			w.property(p)
		}
		w.e.line("},")
	}
	if len(n.required) > 0 {
		w.e.line(`Required: []string{"%s"},`, strings.Join(n.required, `","`))
	}
	w.e.line("},")
	w.extensions(n.exts, n.unions, n.markerExts)
	w.e.line("},")
	w.dependencies(d.deps)
	w.e.text("}\n}\n\n")
}

// dependencies writes the names of the definitions the type's properties
// refer to.
func (w *goWriter) dependencies(deps []*types.Type) {
	if len(deps) == 0 {
		return
	}
	w.e.line("Dependencies: []string{")
	for _, t := range deps {
		w.e.text(w.modelKey(t) + ",")
	}
	w.e.line("},")
}

// description writes a schema's description, if it has one.
func (w *goWriter) description(text string) {
	if text != "" {
		w.e.line("Description: %s,", goString(text))
	}
}

// property writes a struct's property.
func (w *goWriter) property(p property) {
	n := p.node
	w.e.line(`"%s": {`, p.name)
	w.extensions(n.exts, nil, n.markerExts)
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	w.description(n.description)
	switch {
	case n.def != nil:
		w.e.line("Default: %#v,", n.def)
	case n.defRef != nil:
		w.e.line("Default: %s,", w.raw(&types.Type{Name: *n.defRef}))
	}
	if n.markers != nil {
		w.validations(n.markers)
	}
	w.value(n)
	w.e.line("},\n},")
}

// value writes the type part of a schema: a type and format, a map's
// additional properties, a slice's items, or a reference.
func (w *goWriter) value(n *node) {
	switch {
	case n.simple:
		w.e.line(`Type: []string{"%s"},`, n.typ)
		w.e.line(`Format: "%s",`, n.format)
		if n.enum != nil {
			quoted := make([]string, len(n.enum))
			for i, v := range n.enum {
				quoted[i] = strconv.Quote(v)
			}
			w.e.line("Enum: []interface{}{%s},", strings.Join(quoted, ", "))
		}
	case n.additional != nil:
		w.e.line(`Type: []string{"object"},`)
		w.e.line("AdditionalProperties: &%s{\nAllows: true,\nSchema: &%s{\nSchemaProps: %s{", w.ref(specPkg, "SchemaOrBool"), w.ref(specPkg, "Schema"), w.ref(specPkg, "SchemaProps"))
		w.value(n.additional)
		w.e.line("},\n},\n},")
	case n.items != nil:
		w.e.line(`Type: []string{"array"},`)
		w.e.line("Items: &%s{\nSchema: &%s{\nSchemaProps: %s{", w.ref(specPkg, "SchemaOrArray"), w.ref(specPkg, "Schema"), w.ref(specPkg, "SchemaProps"))
		w.value(n.items)
		w.e.line("},\n},\n},")
	case n.ref != nil:
		w.e.line("Ref: ref(%s),", w.modelKey(n.ref))
	}
}

// ptrTo is the package of the function the generated code takes the
// address of a validation's bound with.
const ptrTo = "k8s.io/utils/ptr"

// validations writes the validations the markers give a schema, and the
// allOf entries of its items, properties and additional properties.
func (w *goWriter) validations(s *spec.SchemaProps) {
	to := func() string { return w.ref(ptrTo, "To") }
	w.floats(to, []string{"Minimum", "Maximum"}, s.Minimum, s.Maximum)
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
	w.floats(to, []string{"MultipleOf"}, s.MultipleOf)
	w.ints(to, []string{"MinItems", "MaxItems"}, s.MinItems, s.MaxItems)
	if s.UniqueItems {
		w.e.line("UniqueItems: true,")
	}
	if len(s.AllOf) > 0 {
		w.e.line("AllOf: []%s{", w.ref(specPkg, "Schema"))
		for i := range s.AllOf {
			w.e.line("{")
			w.nestedSchema(&s.AllOf[i])
			w.e.line("},")
		}
		w.e.line("},")
	}
}

// floats writes the float bounds that are set, named by names.
func (w *goWriter) floats(to func() string, names []string, values ...*float64) {
	for i, v := range values {
		if v != nil {
			w.e.line("%s: %s[float64](%v),", names[i], to(), *v)
		}
	}
}

// ints writes the integer bounds that are set, named by names.
func (w *goWriter) ints(to func() string, names []string, values ...*int64) {
	for i, v := range values {
		if v != nil {
			w.e.line("%s: %s[int64](%d),", names[i], to(), *v)
		}
	}
}

// nestedSchema writes a schema the markers nest (an allOf entry, or its
// items, properties or additional properties).
func (w *goWriter) nestedSchema(s *spec.Schema) {
	if !isZero(&s.SchemaProps) {
		w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
		w.validations(&s.SchemaProps)
		w.nestedParts(&s.SchemaProps)
		w.e.line("},")
	}
	if len(s.Extensions) > 0 {
		w.e.line("VendorExtensible: %s{\nExtensions: %s{", w.ref(specPkg, "VendorExtensible"), w.ref(specPkg, "Extensions"))
		for _, k := range slices.Sorted(keysOfAny(s.Extensions)) {
			w.e.line("%#v: %#v,", k, s.Extensions[k])
		}
		w.e.line("},\n},")
	}
}

// nestedParts writes the properties, additional properties and items of
// a nested schema.
func (w *goWriter) nestedParts(s *spec.SchemaProps) {
	if len(s.Properties) > 0 {
		w.e.line("Properties: map[string]%s{", w.ref(specPkg, "Schema"))
		for _, k := range slices.Sorted(keysOfSchemas(s.Properties)) {
			p := s.Properties[k]
			w.e.line("%#v: {", k)
			w.nestedSchema(&p)
			w.e.line("},")
		}
		w.e.line("},")
	}
	if s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil {
		w.e.line("AdditionalProperties: &%s{\nAllows: true,\nSchema: &%s{", w.ref(specPkg, "SchemaOrBool"), w.ref(specPkg, "Schema"))
		w.nestedSchema(s.AdditionalProperties.Schema)
		w.e.line("},\n},")
	}
	if s.Items != nil && s.Items.Schema != nil {
		w.e.line("Items: &%s{\nSchema: &%s{", w.ref(specPkg, "SchemaOrArray"), w.ref(specPkg, "Schema"))
		w.nestedSchema(s.Items.Schema)
		w.e.line("},\n},")
	}
}

// extensions writes a schema's VendorExtensible, when it has extensions.
func (w *goWriter) extensions(exts []extension, unions []union, other map[string]any) {
	if len(exts) == 0 && len(unions) == 0 && len(other) == 0 {
		return
	}
	w.e.line("VendorExtensible: %s{\nExtensions: %s{", w.ref(specPkg, "VendorExtensible"), w.ref(specPkg, "Extensions"))
	for _, x := range exts {
		w.e.text(`"` + x.name + `": `)
		list := len(x.values) > 1 || x.array
		if list {
			w.e.line("[]interface{}{")
		}
		for _, v := range x.values {
			w.e.line(`"%s",`, v)
		}
		if list {
			w.e.line("},")
		}
	}
	if len(unions) > 0 {
		w.e.line(`"x-kubernetes-unions": []interface{}{`)
		for _, u := range unions {
			w.union(u)
		}
		w.e.line("},")
	}
	keys := make([]string, 0, len(other))
	for k := range other {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w.e.line("%#v: %#v,", k, other[k])
	}
	w.e.line("},\n},")
}

// write writes the union as a map literal.
func (w *goWriter) union(u union) {
	e := w.e
	e.line("map[string]interface{}{")
	if u.discriminator != "" {
		e.line(`"discriminator": "%s",`, u.discriminator)
	}
	e.line(`"fields-to-discriminateBy": map[string]interface{}{`)
	keys := make([]string, 0, len(u.fields))
	for k := range u.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e.line(`"%s": "%s",`, k, u.fields[k])
	}
	e.line("},")
	e.line("},")
}
