package openapi

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// typeWriter writes the schema function of one type, and collects the
// types its properties refer to.
type typeWriter struct {
	*defsGen
	e    *emitter
	refs map[string]*types.Type
}

// schemaFunc writes t's schema function: the definition its custom
// methods call for, or the schema of its fields.
func (g *defsGen) schemaFunc(_ *generator.Context, e *emitter, t *types.Type) error {
	m := methodsOf(t)
	if m.v2 || (m.v3 && !m.typeAndFormat) {
		return nil // GetOpenAPIDefinitions calls the methods directly
	}
	if m.oneOf && !m.typeAndFormat {
		return g.plan.typeErr(t, "%s has an OpenAPIV3OneOfTypes method but no OpenAPISchemaType and OpenAPISchemaFormat methods; add them (the v2 schema needs a type and a format)", t.Name.Name)
	}
	validation, err := g.plan.markers(t, t.CommentLines, g.plan.typeWhere(t))
	if err != nil { // report it, and the problems of the fields too
		validation = &spec.Schema{}
	}
	w := &typeWriter{defsGen: g, e: e, refs: map[string]*types.Type{}}
	e.line("func %s(ref %s) %s {", schemaFuncName(t), g.ref(commonPkg, "ReferenceCallback"), g.ref(commonPkg, "OpenAPIDefinition"))
	if m.typeAndFormat {
		w.customSchema(t, m, validation)
		return err
	}
	return errors.Join(err, w.structSchema(t, validation))
}

// customSchema writes the definition of a type whose methods give its
// schema type and format (and its v3 schema, or its v3 one-of types).
func (w *typeWriter) customSchema(t *types.Type, m customMethods, validation *spec.Schema) {
	name := w.raw(t)
	typeFormat := fmt.Sprintf("Type:%s{}.OpenAPISchemaType(),\nFormat:%s{}.OpenAPISchemaFormat(),\n", name, name)
	embed := w.ref(commonPkg, "EmbedOpenAPIDefinitionIntoV2Extension")
	switch {
	case m.v3:
		w.e.text(fmt.Sprintf("return %s(%s{}.OpenAPIV3Definition(), ", embed, name))
		w.definition(t, typeFormat, validation)
		w.e.text("})\n}\n\n")
	case m.oneOf:
		w.e.text("return " + embed + "(")
		oneOf := fmt.Sprintf("OneOf:%s(%s{}.OpenAPIV3OneOfTypes()),\nFormat:%s{}.OpenAPISchemaFormat(),\n", w.ref(commonPkg, "GenerateOpenAPIV3OneOfSchema"), name, name)
		w.definition(t, oneOf, validation)
		w.e.text("},")
		w.definition(t, typeFormat, validation)
		w.e.text("})\n}\n\n")
	default:
		w.e.text("return ")
		w.definition(t, typeFormat, validation)
		w.e.text("}\n}\n\n")
	}
}

// definition writes an OpenAPIDefinition literal up to its schema's end:
// the description, kind (the schema's type and format lines), the
// validations, then the type's extensions.
func (w *typeWriter) definition(t *types.Type, kind string, validation *spec.Schema) {
	w.e.line("%s{", w.ref(commonPkg, "OpenAPIDefinition"))
	w.e.line("Schema: %s{", w.ref(specPkg, "Schema"))
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	w.description(t.CommentLines)
	w.e.text(kind)
	w.validations(&validation.SchemaProps)
	w.e.line("},")
	w.structExtensions(t, validation.Extensions)
	w.e.line("},")
}

// structSchema writes the definition of a plain struct: an object with
// its fields as properties, and the definitions it depends on.
func (w *typeWriter) structSchema(t *types.Type, validation *spec.Schema) error {
	w.e.line("return %s{", w.ref(commonPkg, "OpenAPIDefinition"))
	w.e.line("Schema: %s{", w.ref(specPkg, "Schema"))
	w.e.line("SchemaProps: %s{", w.ref(specPkg, "SchemaProps"))
	w.description(t.CommentLines)
	w.e.line(`Type: []string{"object"},`)
	w.validations(&validation.SchemaProps)
	props := &typeWriter{defsGen: w.defsGen, e: &emitter{}, refs: w.refs}
	required, err := props.members(t, nil)
	if err != nil {
		return err
	}
	if props.e.b.Len() > 0 {
		w.e.line("Properties: map[string]%s{", w.ref(specPkg, "Schema"))
		w.e.text(props.e.String())
		w.e.line("},")
	}
	if len(required) > 0 {
		w.e.line(`Required: []string{"%s"},`, strings.Join(required, `","`))
	}
	w.e.line("},")
	w.structExtensions(t, validation.Extensions)
	w.e.line("},")
	w.dependencies()
	w.e.text("}\n}\n\n")
	return nil
}

// dependencies writes the names of the definitions the type's properties
// refer to, in the order of their Go names, leaving out the types OpenAPI
// knows by format (time.Time).
func (w *typeWriter) dependencies() {
	keys := make([]string, 0, len(w.refs))
	for k := range w.refs {
		if typ, _ := common.OpenAPITypeFormat(w.refs[k].String()); typ == "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Strings(keys)
	w.e.line("Dependencies: []string{")
	for _, k := range keys {
		w.e.text(w.modelKey(w.refs[k]) + ",")
	}
	w.e.line("},")
}

// members writes the properties of t's fields, those of inlined embedded
// structs included, and returns the JSON names of the required ones
// appended to required. A field with a problem is reported, and the
// others are still looked at, so that a run reports all of them.
func (w *typeWriter) members(t *types.Type, required []string) ([]string, error) {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	errs := &diag.List{}
	for _, m := range t.Members {
		if hasTagValue(m.CommentLines, tagGen, "false") {
			continue
		}
		if inlined(m) {
			var err error
			required, err = w.members(m.Type, required)
			errs.Add(err)
			continue
		}
		name := jsonName(m)
		if name == "" {
			continue
		}
		optional, err := w.plan.optional(t, m)
		if err != nil {
			errs.Add(err)
			continue
		}
		if !optional {
			required = append(required, name)
		}
		errs.Add(w.property(t, m, name))
	}
	return required, errs.Err()
}
