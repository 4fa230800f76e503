package protobuf

import (
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
)

// fundamental returns the protobuf scalar a Go type is, if it is one.
func fundamental(t *types.Type) (*types.Type, bool) {
	scalar := func(name string) (*types.Type, bool) {
		return &types.Type{Name: types.Name{Name: name}, Kind: types.Protobuf}, true
	}
	switch t.Kind {
	case types.Slice:
		if isByte(t.Elem) {
			return scalar("bytes")
		}
	case types.Builtin:
		switch t.Name.Name {
		case "string", "uint32", "int32", "uint64", "int64", "bool":
			return scalar(t.Name.Name)
		case "int":
			return scalar("int64")
		case "uint", "uintptr":
			return scalar("uint64")
		case "float64", "float":
			return scalar("double")
		case "float32":
			return scalar("float")
		}
	}
	return t, false
}

// isByte reports whether t is the builtin byte.
func isByte(t *types.Type) bool { return t.Name.Name == "byte" && t.Name.Package == "" }

// fieldType sets f's type (and repeated, map, nullable, casts) from the Go
// type t.
func (g *fileGen) fieldType(f *field, t *types.Type) error {
	switch t.Kind {
	case types.Protobuf, types.Builtin:
		return g.setProtoType(f, t)
	case types.Map:
		return g.mapType(f, t)
	case types.Pointer:
		if err := g.fieldType(f, t.Elem); err != nil {
			return err
		}
		f.nullable = true
	case types.Alias:
		return g.aliasType(f, t)
	case types.Slice:
		if isByte(t.Elem) {
			f.typ = &types.Type{Name: types.Name{Name: "bytes"}, Kind: types.Protobuf}
			return nil
		}
		if err := g.fieldType(f, t.Elem); err != nil {
			return err
		}
		f.repeated = true
	case types.Struct:
		if t.Name.Name == "" {
			return errUnsupported
		}
		f.nullable = false
		return g.setProtoType(f, t)
	default:
		return errUnsupported
	}
	return nil
}

// setProtoType sets f's type to the protobuf type of t.
func (g *fileGen) setProtoType(f *field, t *types.Type) error {
	pt, err := g.protoTypeFor(t)
	f.typ = pt
	return err
}

// mapType sets f to a map of t's key and value.
func (g *fileGen) mapType(f *field, t *types.Type) error {
	var key, value field
	if err := g.fieldType(&value, t.Elem); err != nil {
		return err
	}
	if err := g.fieldType(&key, t.Key); err != nil {
		return err
	}
	f.typ = &types.Type{Kind: types.Protobuf, Key: key.typ, Elem: value.typ}
	if !strings.HasPrefix(t.Name.Name, "map[") {
		f.setExtra("(gogoproto.casttype)", strconv.Quote(g.castTypeName(t.Name)))
	}
	if k, ok := key.extras["(gogoproto.casttype)"]; ok {
		f.setExtra("(gogoproto.castkey)", k)
	}
	if v, ok := value.extras["(gogoproto.casttype)"]; ok {
		f.setExtra("(gogoproto.castvalue)", v)
	}
	f.isMap = true
	return nil
}

// aliasType sets f from a named type t: a nullable slice or map becomes
// its message, any other the field of its underlying type cast to t.
func (g *fileGen) aliasType(f *field, t *types.Type) error {
	if isOptionalAlias(t) {
		f.nullable = true
		return g.setProtoType(f, t)
	}
	if err := g.fieldType(f, t.Underlying); err != nil {
		return err
	}
	if !f.repeated {
		f.setExtra("(gogoproto.casttype)", strconv.Quote(g.castTypeName(t.Name)))
	}
	return nil
}

// protoTypeFor returns the protobuf type of t, a scalar or a message, and
// records the file it comes from.
func (g *fileGen) protoTypeFor(t *types.Type) (*types.Type, error) {
	if t.Kind == types.Protobuf || t.Kind == types.Map {
		g.importType(t)
		return t, nil
	}
	if s, ok := fundamental(t); ok {
		return s, nil
	}
	if t.Kind == types.Struct || isOptionalAlias(t) {
		m := &types.Type{Name: g.goNameToProtoName(t.Name), Kind: types.Protobuf, CommentLines: t.CommentLines}
		g.importType(m)
		return m, nil
	}
	return nil, errUnsupported
}

// importType records the file of the protobuf type t.
func (g *fileGen) importType(t *types.Type) {
	if t.Kind == types.Protobuf {
		g.p.imports.add(t.Name)
	}
}

// goNameToProtoName names the message of a Go type: in the package that
// owns it, or with no package when none does.
func (g *fileGen) goNameToProtoName(n types.Name) types.Name {
	if p, ok := g.all.byPath[n.Package]; ok {
		return types.Name{Name: n.Name, Package: p.name, Path: p.importPath()}
	}
	for _, p := range g.all.ordered {
		if p.types[n] {
			return types.Name{Name: n.Name, Package: p.name, Path: p.importPath()}
		}
	}
	return types.Name{Name: n.Name}
}

// castTypeName names a Go type in a gogoproto cast: bare in its own
// package, qualified by its import path elsewhere.
func (g *fileGen) castTypeName(n types.Name) string {
	if n.Package == g.p.path {
		return n.Name
	}
	return n.String()
}
