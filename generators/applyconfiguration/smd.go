package applyconfiguration

import (
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
)

// The structured-merge-diff schema that internal/internal.go embeds,
// converted from the OpenAPI definitions the way k8s.io/kube-openapi's
// schemaconv does.

// atom is a type: any of a scalar, a list and a map.
type atom struct {
	scalar string // "numeric", "string", "boolean" or "untyped"; "" for none
	list   *smdList
	fields *smdMap
}

func (a atom) isZero() bool { return a.scalar == "" && a.list == nil && a.fields == nil }

// typeRef names a type, or inlines one.
type typeRef struct {
	named        string // the named type; "" when inlined
	inlined      atom
	relationship string // overrides the element relationship of the type
}

func (r typeRef) isZero() bool { return r.named == "" && r.inlined.isZero() && r.relationship == "" }

type smdList struct {
	elem         typeRef
	relationship string // "atomic" or "associative"
	keys         []string
}

type smdMap struct {
	fields       []smdField
	unions       []smdUnion
	elem         typeRef
	relationship string // "", "atomic" or "separable"
}

type smdField struct {
	name string
	typ  typeRef
	def  any // nil for none
}

type smdUnion struct {
	discriminator *string
	fields        []unionField
}

type unionField struct{ name, value string }

// typeDef is a named type of the schema.
type typeDef struct {
	name string
	atom atom
}

// The names schemaconv gives the untyped types, and the definitions it
// treats specially.
const (
	untypedName  = "__untyped_atomic_"
	deducedName  = "__untyped_deduced_"
	quantityName = "io.k8s.apimachinery.pkg.api.resource.Quantity"
	rawExtension = "io.k8s.apimachinery.pkg.runtime.RawExtension"
)

// untypedDefs are the two untyped types every schema ends with.
func untypedDefs() []typeDef {
	return []typeDef{{untypedName, untypedAtom()}, {deducedName, deducedAtom()}}
}

// untypedAtom is any value, owned as a whole.
func untypedAtom() atom {
	return atom{
		scalar: "untyped",
		list:   &smdList{elem: typeRef{named: untypedName}, relationship: "atomic"},
		fields: &smdMap{elem: typeRef{named: untypedName}, relationship: "atomic"},
	}
}

// deducedAtom is any value whose map fields are owned separately.
func deducedAtom() atom {
	return atom{
		scalar: "untyped",
		list:   &smdList{elem: typeRef{named: untypedName}, relationship: "atomic"},
		fields: &smdMap{elem: typeRef{named: deducedName}, relationship: "separable"},
	}
}

// converter converts definitions, gathering problems as schemaconv does.
type converter struct {
	defs map[string]*jsonSchema
	errs []string
}

// convert returns the type definitions of models, in name order, then the
// untyped ones.
func (m *models) convert() ([]typeDef, error) {
	c := &converter{defs: m.defs}
	var out []typeDef
	for _, name := range slices.Sorted(maps.Keys(m.defs)) {
		a := c.atom(m.defs[name], name, false)
		if !a.isZero() { // a definition that is only a reference has none
			out = append(out, typeDef{name, a})
		}
	}
	if len(c.errs) > 0 {
		return nil, fmt.Errorf("%s: --%s: %s", m.path, flagSchema, strings.Join(c.errs, "; "))
	}
	return append(out, untypedDefs()...), nil
}

func (c *converter) errorf(where, format string, args ...any) {
	c.errs = append(c.errs, where+": "+fmt.Sprintf(format, args...))
}

// atom converts schema s; where is the definition it belongs to.
func (c *converter) atom(s *jsonSchema, where string, preserve bool) atom {
	k, err := c.classify(s)
	if err != nil {
		c.errorf(where, "%v", err)
		return atom{}
	}
	switch k {
	case shapeObject:
		return atom{fields: c.object(s, where, preserve)}
	case shapeArray:
		rel, keys, err := listRelationship(s.ext)
		if err != nil {
			c.errorf(where, "%v", err)
		}
		return atom{list: &smdList{elem: c.ref(s.items[0], where, preserve), relationship: rel, keys: keys}}
	case shapeMap:
		rel, err := mapRelationship(s.ext)
		if err != nil {
			c.errorf(where, "%v", err)
		}
		elem := s.additional
		if elem == nil {
			elem = &jsonSchema{}
		}
		return atom{fields: &smdMap{elem: c.ref(elem, where, preserve), relationship: rel}}
	case shapeScalar:
		if where == quantityName {
			return atom{scalar: "untyped"}
		}
		return atom{scalar: scalarOf(s.types[0], s.format)}
	case shapeAny:
		return deducedAtom()
	}
	return atom{} // a reference: only named through typeRef
}

// object converts a schema with properties, in name order.
func (c *converter) object(s *jsonSchema, where string, preserve bool) *smdMap {
	if p, ok := s.ext["x-kubernetes-preserve-unknown-fields"]; ok && p == true {
		preserve = true
	}
	m := &smdMap{}
	for _, name := range slices.Sorted(maps.Keys(s.properties)) {
		prop := s.properties[name]
		m.fields = append(m.fields, smdField{name: name, typ: c.ref(prop, where, preserve), def: prop.def})
	}
	unions, err := makeUnions(s.ext)
	if err != nil {
		c.errorf(where, "%v", err)
		return m
	}
	m.unions = unions
	if preserve {
		m.elem = typeRef{named: deducedName}
	}
	if m.relationship, err = mapRelationship(s.ext); err != nil {
		c.errorf(where, "%v", err)
	}
	return m
}

// ref names the definition s refers to, or inlines s.
func (c *converter) ref(s *jsonSchema, where string, preserve bool) typeRef {
	k, err := c.classify(s)
	if err != nil {
		c.errorf(where, "%v", err)
		return typeRef{named: untypedName}
	}
	if k != shapeRef {
		a := c.atom(s, "inlined in "+where, preserve)
		if a.isZero() {
			return typeRef{named: untypedName}
		}
		return typeRef{inlined: a}
	}
	name := strings.TrimPrefix(s.ref, definitionsPrefix)
	if name == rawExtension {
		return typeRef{named: untypedName}
	}
	_, last := path.Split(name)
	rel, err := mapRelationship(s.ext)
	if err != nil {
		c.errorf(where, "%v", err)
	}
	return typeRef{named: last, relationship: rel}
}

// shape is what a schema describes, as kube-openapi's models see it.
type shape int

const (
	shapeRef    shape = iota // a reference to a definition
	shapeObject              // an object with properties
	shapeMap                 // an object without properties: a map
	shapeArray
	shapeScalar
	shapeAny // no type: anything
)

// classify decides the shape of s, refusing what kube-openapi's models
// refuse.
func (c *converter) classify(s *jsonSchema) (shape, error) {
	if s.ref != "" {
		return shapeRef, c.checkRef(s)
	}
	switch {
	case len(s.types) == 0 && s.properties != nil:
		return shapeObject, nil
	case len(s.types) == 0:
		return shapeAny, nil
	case len(s.types) > 1:
		return 0, errors.New("definitions with multiple types aren't supported")
	}
	switch t := s.types[0]; t {
	case "object":
		if s.properties != nil {
			return shapeObject, nil
		}
		return shapeMap, nil
	case "array":
		if len(s.items) != 1 {
			return 0, errors.New("array should have exactly one sub-item")
		}
		return shapeArray, nil
	case "string", "number", "integer", "boolean":
		return shapeScalar, nil
	default:
		return 0, fmt.Errorf("unknown primitive type: %q", t)
	}
}

func (c *converter) checkRef(s *jsonSchema) error {
	name, ok := strings.CutPrefix(s.ref, definitionsPrefix)
	switch {
	case len(s.properties) > 0:
		return errors.New("a reference cannot have properties")
	case len(s.types) > 0:
		return errors.New("a reference cannot have a type")
	case !ok:
		return fmt.Errorf("reference %q is not to a definition (%s...)", s.ref, definitionsPrefix)
	}
	if _, found := c.defs[name]; !found {
		return fmt.Errorf("unknown definition in reference: %q", name)
	}
	return nil
}

// scalarOf maps an OpenAPI type and format to a scalar.
func scalarOf(typ, format string) string {
	switch {
	case typ == "integer" || typ == "number":
		return "numeric"
	case typ == "boolean":
		return "boolean"
	case typ == "string" && (format == "" || format == "byte"):
		return "string"
	}
	return "untyped"
}
