package applyconfiguration

import (
	"strings"

	"k8s.io/gengo/v2/types"
)

// The packages whose types apply configurations treat specially.
const (
	metaPkg    = "k8s.io/apimachinery/pkg/apis/meta/v1"
	runtimePkg = "k8s.io/apimachinery/pkg/runtime"
)

// suffix ends the name of every apply configuration type.
const suffix = "ApplyConfiguration"

var (
	typeMetaName   = types.Name{Package: metaPkg, Name: "TypeMeta"}
	objectMetaName = types.Name{Package: metaPkg, Name: "ObjectMeta"}
)

// refGraph maps every type that has an apply configuration to the import
// path of the package the apply configuration is in, so that apply
// configurations refer to each other rather than to the API types.
type refGraph map[types.Name]string

// newRefGraph starts from the external apply configurations and adds
// every struct of the input packages that is reachable from a type that
// can be applied (a +genclient type with the apply or applyStatus verb,
// or the input of an apply extension method).
func newRefGraph(u types.Universe, pkgs []*apiPackage, externals map[types.Name]string) refGraph {
	refs := refGraph{}
	for name, pkg := range externals {
		refs[name] = pkg
	}
	reachable := map[types.Name]bool{}
	for _, p := range pkgs {
		for _, t := range p.types {
			addRoots(u, p, t, reachable)
		}
	}
	for _, p := range pkgs {
		for _, t := range p.types {
			if reachable[t.Name] && needsApplyConfiguration(t) {
				refs[t.Name] = p.outPkg
			}
		}
	}
	return refs
}

// addRoots walks t if it can be applied, and the inputs of its apply
// extension methods.
func addRoots(u types.Universe, p *apiPackage, t *types.Type, reachable map[types.Name]bool) {
	tg := p.tags[t]
	if tg.GenerateClient && (tg.HasVerb("apply") || tg.HasVerb("applyStatus")) {
		walk(t, reachable)
	}
	for _, m := range tg.Methods {
		if m.Verb != "apply" || m.Input == "" {
			continue
		}
		dot := strings.LastIndexByte(m.Input, '.')
		pkg, name := m.Input[:max(dot, 0)], m.Input[dot+1:]
		if pkg == "" {
			// An input of the same package is read as t renamed, as
			// upstream does: its name is reachable, and t's fields.
			renamed := *t
			renamed.Name.Name = name
			walk(&renamed, reachable)
			continue
		}
		if in := lookupType(u, types.Name{Package: pkg, Name: name}); in != nil {
			walk(in, reachable)
		} else {
			reachable[types.Name{Package: pkg, Name: name}] = true
		}
	}
}

// lookupType returns the named type if its package was loaded.
func lookupType(u types.Universe, name types.Name) *types.Type {
	if p, ok := u[name.Package]; ok {
		return p.Types[name.Name]
	}
	return nil
}

// walk marks t and every type reachable from it.
func walk(t *types.Type, reachable map[types.Name]bool) {
	if reachable[t.Name] {
		return
	}
	reachable[t.Name] = true
	for _, next := range []*types.Type{t.Elem, t.Underlying, t.Key} {
		if next != nil {
			walk(next, reachable)
		}
	}
	for _, m := range t.Members {
		walk(m.Type, reachable)
	}
}

// needsApplyConfiguration reports whether t (through aliases) is a struct
// with a json-tagged field, other than the two runtime types that stay raw.
func needsApplyConfiguration(t *types.Type) bool {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	if t.Kind != types.Struct {
		return false
	}
	if t.Name.Package == runtimePkg && (t.Name.Name == "RawExtension" || t.Name.Name == "Unknown") {
		return false
	}
	for _, m := range t.Members {
		if _, ok := lookupJSONTag(m); ok {
			return true
		}
	}
	return false
}

// configFor returns the type an apply configuration uses for a field of
// type t: the apply configuration of a struct that has one, maps and
// slices of those, pointers dereferenced; t itself otherwise.
func (r refGraph) configFor(t *types.Type) *types.Type {
	switch t.Kind {
	case types.Struct:
		if pkg, ok := r[t.Name]; ok {
			return types.Ref(pkg, t.Name.Name+suffix)
		}
	case types.Map:
		if _, ok := r[t.Elem.Name]; ok {
			return &types.Type{Kind: types.Map, Elem: r.configFor(t.Elem), Key: r.configFor(t.Key)}
		}
	case types.Slice:
		if _, ok := r[t.Elem.Name]; ok {
			return &types.Type{Kind: types.Slice, Elem: r.configFor(t.Elem)}
		}
	case types.Pointer:
		return r.configFor(t.Elem)
	}
	return t
}

// isConfig reports whether t, or what it points to, is a struct with an
// apply configuration.
func (r refGraph) isConfig(t *types.Type) bool {
	switch t.Kind {
	case types.Struct:
		_, ok := r[t.Name]
		return ok
	case types.Pointer:
		return r.isConfig(t.Elem)
	}
	return false
}

// memberConfig is the type With functions and getters take for a field
// of type t: configFor, as a pointer for an apply configuration.
func (r refGraph) memberConfig(t *types.Type) *types.Type {
	c := r.configFor(t)
	if r.isConfig(t) {
		return &types.Type{Kind: types.Pointer, Elem: c}
	}
	return c
}

// hasEmbedded reports whether t embeds the named type.
func hasEmbedded(t *types.Type, name types.Name) bool {
	for _, m := range t.Members {
		if m.Embedded && m.Type.Name == name {
			return true
		}
	}
	return false
}
