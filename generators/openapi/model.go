package openapi

import (
	"sort"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
)

// definition is the model of one type's OpenAPI definition. The types are
// walked once into definitions; the generated Go source (gowrite.go) and
// the models schema (modelschema.go) are both written from them.
type definition struct {
	t       *types.Type
	methods customMethods
	// schema is the type's own schema; nil when its methods give the
	// whole definition (GetOpenAPIDefinitions calls them).
	schema *node
	// deps are the struct types the properties refer to, by name, those
	// OpenAPI knows by a format (time.Time) left out.
	deps []*types.Type
}

// listed reports whether GetOpenAPIDefinitions lists the definition: the
// type is exported (a schema function is written for the others too).
func (d *definition) listed() bool { return !namer.IsPrivateGoName(d.t.Name.Name) }

// node is one schema of a definition: a struct's, a custom type's, a
// property's, or a map's or slice's element.
type node struct {
	description string
	// object is a struct's schema: type object, with properties.
	object bool
	// custom is the schema of a type whose methods give its type and
	// format (OpenAPISchemaType and OpenAPISchemaFormat).
	custom bool
	// simple is a type and format OpenAPI knows (string, int32, ...),
	// with the values of an enum type (sorted as Go literals; nil for a
	// type that is no enum).
	simple      bool
	typ, format string
	enum        []string
	// def is a property's default value; defRef names the constant a
	// +default=ref(...) gives, when there is no def.
	def    any
	defRef *types.Name
	// markers are the validations the +k8s:validation: markers give.
	markers *spec.SchemaProps
	// ref is the struct a property refers to; items and additional are
	// the elements of a slice and of a map.
	ref        *types.Type
	items      *node
	additional *node
	// properties are a struct's fields, required the JSON names of
	// those that are required.
	properties []property
	required   []string
	// exts, unions and markerExts are the vendor extensions: the tags',
	// x-kubernetes-unions, and the markers' (CEL rules).
	exts       []extension
	unions     []union
	markerExts map[string]any
}

// property is a named property of a struct's schema.
type property struct {
	name string
	node *node
}

// walker walks the types of one definition into its model.
type walker struct {
	*plan
	enums enumSet
	// refs are the struct types the properties refer to, by name.
	refs map[string]*types.Type
}

// definitions walks the types of c's order that get a definition into
// their model, in that order; problems go to p.errs.
func (p *plan) definitions(c *generator.Context) []*definition {
	enums := findEnums(c.Universe, p.tags.enum)
	var out []*definition
	for _, t := range c.Order {
		if t.Kind != types.Struct || !p.apiType(c.Universe, t) {
			continue
		}
		w := &walker{plan: p, enums: enums, refs: map[string]*types.Type{}}
		d, err := w.definition(t)
		if err != nil {
			p.errs.Add(err)
			continue
		}
		out = append(out, d)
	}
	return out
}

// definition walks t into its definition.
func (w *walker) definition(t *types.Type) (*definition, error) {
	d := &definition{t: t, methods: methodsOf(t)}
	m := d.methods
	if m.v2 || (m.v3 && !m.typeAndFormat) {
		return d, nil // GetOpenAPIDefinitions calls the methods directly
	}
	if m.oneOf && !m.typeAndFormat {
		return nil, w.typeErr(t, "%s has an OpenAPIV3OneOfTypes method but no OpenAPISchemaType and OpenAPISchemaFormat methods; add them (the v2 schema needs a type and a format)", t.Name.Name)
	}
	validation, err := w.markers(t, t.CommentLines, w.typeWhere(t))
	if err != nil { // report it, and the problems of the fields too
		validation = &spec.Schema{}
	}
	exts, malformed := w.extensionsOf(t.CommentLines)
	for _, v := range malformed {
		w.warnType(t, "+k8s:openapi-gen=%s: an extension is written x-kubernetes-<name>:<value>; it is left out", v)
	}
	d.schema = &node{description: describe(t.CommentLines), markers: &validation.SchemaProps,
		exts: exts, unions: w.unionsOf(t), markerExts: validation.Extensions}
	if m.typeAndFormat {
		d.schema.custom = true
		return d, err
	}
	d.schema.object = true
	if e := w.members(d.schema, t); e != nil {
		return nil, joinErrs(err, e)
	}
	d.deps = w.dependencies()
	return d, err
}

// dependencies returns the types the properties refer to, in the order
// of their names, leaving out those OpenAPI knows by format (time.Time).
func (w *walker) dependencies() []*types.Type {
	keys := make([]string, 0, len(w.refs))
	for k := range w.refs {
		if typ, _ := common.OpenAPITypeFormat(w.refs[k].String()); typ == "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]*types.Type, len(keys))
	for i, k := range keys {
		out[i] = w.refs[k]
	}
	return out
}
