package openapi

import (
	"fmt"
	"reflect"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// schemaMaker turns definitions into the schemas the generated source
// builds when it runs. What the model cannot know is evaluated from the
// types' source: their own OpenAPI methods (OpenAPIDefinition,
// OpenAPIV3Definition, OpenAPISchemaType, OpenAPISchemaFormat, a
// hand-written OpenAPIModelName) and the constants +default=ref(...)
// names.
type schemaMaker struct {
	p  *plan
	ev *evaluator
}

// modelsSchema returns the models schema of defs: what ModelsSchema
// returns for the GetOpenAPIDefinitions written from them.
func (p *plan) modelsSchema(defs []*definition) ([]byte, error) {
	s := &schemaMaker{p: p, ev: newEvaluator(p.packageDir)}
	byName := map[string]common.OpenAPIDefinition{}
	for _, d := range defs {
		if !d.listed() {
			continue
		}
		name, err := s.modelName(d.t)
		if err != nil {
			return nil, err
		}
		if byName[name], err = s.definition(d); err != nil {
			return nil, err
		}
	}
	return ModelsSchema(func(common.ReferenceCallback) map[string]common.OpenAPIDefinition { return byName })
}

// packageDir returns the directory of a loaded package's source.
func (p *plan) packageDir(path string) (string, error) {
	if pkg := p.universe.Package(path); pkg != nil && pkg.Dir != "" {
		return pkg.Dir, nil
	}
	return "", fmt.Errorf("package %s is not loaded", path)
}

// modelName returns the name t's definition has: what its hand-written
// OpenAPIModelName returns, the name its +k8s:openapi-model-package
// prefix gives, or its Go name.
func (s *schemaMaker) modelName(t *types.Type) (string, error) {
	if m, ok := t.Methods["OpenAPIModelName"]; ok && returnsNamed(m, "", "string") {
		var name string
		return name, s.call(t, "OpenAPIModelName", &name)
	}
	if prefix := s.p.modelPrefixOf(t); prefix != "" {
		return prefix + "." + t.Name.Name, nil
	}
	return t.Name.String(), nil
}

// call evaluates t{}.method() from its source into out, a pointer to a
// value of the type the method returns.
func (s *schemaMaker) call(t *types.Type, method string, out any) error {
	v, err := s.ev.method(t.Name.Package, t.Name.Name, method)
	if err == nil && !v.Type().AssignableTo(reflect.TypeOf(out).Elem()) {
		err = fmt.Errorf("%s.%s returns %s", t.Name, method, v.Type())
	}
	if err != nil {
		return fmt.Errorf("evaluating %s{}.%s(): %w\n%s", t.Name, method, err, schemaHint)
	}
	reflect.ValueOf(out).Elem().Set(v)
	return nil
}

// definition returns the definition d describes, as ModelsSchema takes
// it: the v2 schema where the generated source embeds it beside a v3 one.
func (s *schemaMaker) definition(d *definition) (common.OpenAPIDefinition, error) {
	var def common.OpenAPIDefinition
	m := d.methods
	switch {
	case d.schema == nil && m.v2:
		return def, s.call(d.t, "OpenAPIDefinition", &def)
	case d.schema == nil:
		return def, s.call(d.t, "OpenAPIV3Definition", &def)
	}
	schema, err := s.schema(d.schema)
	if err == nil && d.schema.custom {
		err = s.call(d.t, "OpenAPISchemaType", &schema.Type)
		if err == nil {
			err = s.call(d.t, "OpenAPISchemaFormat", &schema.Format)
		}
	}
	def.Schema = schema
	return def, err
}

// schema returns the schema of n.
func (s *schemaMaker) schema(n *node) (spec.Schema, error) {
	var out spec.Schema
	out.Description = n.description
	if n.object {
		out.Type = []string{"object"}
	}
	if err := s.defaultOf(n, &out); err != nil {
		return out, err
	}
	if n.markers != nil {
		validationsOf(&out.SchemaProps, n.markers)
	}
	if err := s.value(n, &out); err != nil {
		return out, err
	}
	for _, p := range n.properties {
		prop, err := s.schema(p.node)
		if err != nil {
			return out, err
		}
		if out.Properties == nil {
			out.Properties = map[string]spec.Schema{}
		}
		out.Properties[p.name] = prop
	}
	out.Required = n.required
	out.Extensions = extensionValues(n.exts, n.unions, n.markerExts)
	return out, nil
}

// defaultOf sets out's default: n's value, or the constant it names.
func (s *schemaMaker) defaultOf(n *node, out *spec.Schema) error {
	switch {
	case n.def != nil:
		out.Default = n.def
	case n.defRef != nil:
		v, err := s.ev.namedConst(n.defRef.Package, n.defRef.Name)
		if err != nil {
			return fmt.Errorf("evaluating the default %s: %w\n%s", n.defRef, err, schemaHint)
		}
		out.Default = v
	}
	return nil
}

// value sets the type part of out: a type and format, a map's additional
// properties, a slice's items, or a reference.
func (s *schemaMaker) value(n *node, out *spec.Schema) error {
	switch {
	case n.simple:
		out.Type, out.Format = []string{n.typ}, n.format
		if n.enum != nil {
			out.Enum = []any{}
			for _, v := range n.enum {
				out.Enum = append(out.Enum, v)
			}
		}
	case n.additional != nil:
		elem, err := s.schema(n.additional)
		out.Type = []string{"object"}
		out.AdditionalProperties = &spec.SchemaOrBool{Allows: true, Schema: &elem}
		return err
	case n.items != nil:
		elem, err := s.schema(n.items)
		out.Type = []string{"array"}
		out.Items = &spec.SchemaOrArray{Schema: &elem}
		return err
	case n.ref != nil:
		name, err := s.modelName(n.ref)
		out.Ref = definitionRef(name)
		return err
	}
	return nil
}

// extensionValues returns the vendor extensions of a schema, as the
// generated source writes them; nil when it has none.
func extensionValues(exts []extension, unions []union, other map[string]any) spec.Extensions {
	if len(exts) == 0 && len(unions) == 0 && len(other) == 0 {
		return nil
	}
	out := spec.Extensions{}
	for _, x := range exts {
		if len(x.values) > 1 || x.array {
			list := []any{}
			for _, v := range x.values {
				list = append(list, v)
			}
			out[x.name] = list
		} else if len(x.values) == 1 {
			out[x.name] = x.values[0]
		}
	}
	if len(unions) > 0 {
		list := []any{}
		for _, u := range unions {
			list = append(list, u.value())
		}
		out["x-kubernetes-unions"] = list
	}
	for k, v := range other {
		out[k] = v
	}
	return out
}

// validationsOf copies into dst the validations the generated source
// writes of src (see goWriter.validations), the allOf entries included.
func validationsOf(dst, src *spec.SchemaProps) {
	dst.Minimum, dst.Maximum = src.Minimum, src.Maximum
	dst.ExclusiveMinimum, dst.ExclusiveMaximum = src.ExclusiveMinimum, src.ExclusiveMaximum
	dst.MinLength, dst.MaxLength = src.MinLength, src.MaxLength
	dst.MinProperties, dst.MaxProperties = src.MinProperties, src.MaxProperties
	dst.Pattern, dst.MultipleOf = src.Pattern, src.MultipleOf
	dst.MinItems, dst.MaxItems, dst.UniqueItems = src.MinItems, src.MaxItems, src.UniqueItems
	for i := range src.AllOf {
		dst.AllOf = append(dst.AllOf, nestedOf(&src.AllOf[i]))
	}
}

// nestedOf returns what the generated source writes of a schema the
// markers nest (see goWriter.nestedSchema).
func nestedOf(src *spec.Schema) spec.Schema {
	var out spec.Schema
	validationsOf(&out.SchemaProps, &src.SchemaProps)
	for k, p := range src.Properties {
		if out.Properties == nil {
			out.Properties = map[string]spec.Schema{}
		}
		out.Properties[k] = nestedOf(&p)
	}
	if a := src.AdditionalProperties; a != nil && a.Schema != nil {
		inner := nestedOf(a.Schema)
		out.AdditionalProperties = &spec.SchemaOrBool{Allows: true, Schema: &inner}
	}
	if i := src.Items; i != nil && i.Schema != nil {
		inner := nestedOf(i.Schema)
		out.Items = &spec.SchemaOrArray{Schema: &inner}
	}
	if len(src.Extensions) > 0 {
		out.Extensions = spec.Extensions{}
		for k, v := range src.Extensions {
			out.Extensions[k] = v
		}
	}
	return out
}
