package applyconfiguration

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
)

// gvk is a group, version and kind, which finds a type's OpenAPI name.
type gvk struct {
	group   apigroup.Group
	version apigroup.Version
	kind    string
}

// models are the OpenAPI definitions the Extract functions need: those of
// the types that can be applied, and every definition they refer to.
type models struct {
	path  string                 // the schema file; "" without --openapi-schema
	names map[gvk]string         // the OpenAPI name of each type that can be applied
	defs  map[string]*jsonSchema // the definitions kept
}

// buildModels picks the definitions of the types that can be applied
// (+genclient with apply or applyStatus) and those they refer to. Without
// a schema there are none, and no Extract functions.
func buildModels(doc *openAPIDoc, pkgs []*apiPackage) (*models, error) {
	m := &models{names: map[gvk]string{}, defs: map[string]*jsonSchema{}}
	if doc == nil {
		return m, nil
	}
	m.path = doc.path
	roots := map[string]*jsonSchema{}
	for _, p := range pkgs {
		for _, t := range p.types {
			tg := p.tags[t]
			if !tg.GenerateClient || !(tg.HasVerb("apply") || tg.HasVerb("applyStatus")) {
				continue
			}
			name := DefinitionName(t.Name.Package, t.Name.Name)
			m.names[gvk{p.Group(), p.Version, t.Name.Name}] = name
			// A type the schema lacks is kept as an empty (untyped) definition.
			roots[name] = doc.defs[name]
			if roots[name] == nil {
				roots[name] = &jsonSchema{}
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(roots)) {
		m.defs[name] = roots[name]
		if err := doc.collect(roots[name], m.defs); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// definitionsPrefix starts the references to definitions of the document.
const definitionsPrefix = "#/definitions/"

// collect adds to out the definitions s refers to, transitively.
func (doc *openAPIDoc) collect(s *jsonSchema, out map[string]*jsonSchema) error {
	if name, ok := strings.CutPrefix(s.ref, definitionsPrefix); ok {
		def, found := doc.defs[name]
		if !found {
			return fmt.Errorf("%s: --%s: %q refers to definition %s, which the schema does not have", doc.path, flagSchema, s.ref, name)
		}
		if _, seen := out[name]; !seen {
			out[name] = def
			if err := doc.collect(def, out); err != nil {
				return err
			}
		}
	}
	for _, sub := range s.children() {
		if err := doc.collect(sub, out); err != nil {
			return err
		}
	}
	return nil
}

// children are the subschemas of s, in a fixed order.
func (s *jsonSchema) children() []*jsonSchema {
	out := append([]*jsonSchema(nil), s.items...)
	for _, k := range slices.Sorted(maps.Keys(s.properties)) {
		out = append(out, s.properties[k])
	}
	if s.additional != nil {
		out = append(out, s.additional)
	}
	return append(out, s.nested...)
}

// DefinitionName is the name under which applyconfiguration-gen looks up
// the OpenAPI definition of type typeName of package pkgPath in
// --openapi-schema: the import path with its domain reversed, as
// "k8s.io/api/core/v1", "Pod" gives "io.k8s.api.core.v1.Pod". A models
// schema built from openapi-gen's definitions has it when the package is
// tagged +k8s:openapi-model-package with that prefix.
func DefinitionName(pkgPath, typeName string) string {
	return restFriendlyName(pkgPath + "." + typeName)
}

// restFriendlyName turns a Go type name into its OpenAPI name, reversing
// the domain of the import path: "k8s.io/api/core/v1.Pod" gives
// "io.k8s.api.core.v1.Pod".
func restFriendlyName(name string) string {
	parts := strings.Split(name, "/")
	if strings.Contains(parts[0], ".") {
		labels := strings.Split(parts[0], ".")
		for i, j := 0, len(labels)-1; i < j; i, j = i+1, j-1 {
			labels[i], labels[j] = labels[j], labels[i]
		}
		parts[0] = strings.Join(labels, ".")
	}
	return strings.Join(parts, ".")
}
