package protobuf

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"k8s.io/gengo/v2/types"
)

// recordTags records, for each field of t's message, the `protobuf:`
// struct tag gogo's generator gives the Go field, by the Go member's name.
func (g *fileGen) recordTags(t *types.Type, fields []field) {
	m := g.tags[t.Name.Name]
	if m == nil {
		m = map[string]string{}
		g.tags[t.Name.Name] = m
	}
	used := map[string]bool{}
	for _, n := range gogoMethods() {
		used[n] = true
	}
	for _, f := range fields {
		m[allocName(used, goFieldName(f))] = g.gogoTag(f)
	}
}

// gogoMethods returns the methods gogo's generator may give a message (Size
// too: Kubernetes' files never ask for ProtoSize): a field of the same
// name, or whose getter would have one, is renamed with a trailing '_'.
func gogoMethods() []string {
	return []string{"Reset", "String", "ProtoMessage", "Marshal", "Unmarshal", "ExtensionRangeArray", "ExtensionMap",
		"Descriptor", "MarshalTo", "Equal", "VerboseEqual", "GoString", "ProtoSize", "Size"}
}

// allocName returns the Go name gogo gives a field whose name would be
// base: base and its getter Get<base> both unused, '_' appended until
// they are; it marks both used. Upstream's rewrite looks the renamed
// field up by the new name, so such a field of the Go type gets no tag.
func allocName(used map[string]bool, base string) string {
	getter := "Get" + base
	for used[base] || used[getter] {
		base, getter = base+"_", getter+"_"
	}
	used[base], used[getter] = true, true
	return base
}

// goFieldName is the Go name gogo gives f: its customname, or its name in
// CamelCase.
func goFieldName(f field) string {
	if c, ok := f.extras["(gogoproto.customname)"]; ok {
		if s, err := strconv.Unquote(c); err == nil {
			return s
		}
	}
	return camelCase(f.name)
}

// camelCase turns a protobuf field name into a Go name: the first letter
// and each letter after '_' upper case, the '_' dropped.
func camelCase(s string) string { return underscoresToUpper(s, true) }

// jsonName is protoc's json_name of a field: each letter after '_' upper
// case, the '_' dropped.
func jsonName(s string) string { return underscoresToUpper(s, false) }

// underscoresToUpper drops each '_' of s and upper-cases the letter after
// it, and the first letter too when first is true.
func underscoresToUpper(s string, first bool) string {
	var b strings.Builder
	up := first
	for _, r := range s {
		switch {
		case r == '_':
			up = true
		case up:
			b.WriteRune(unicode.ToUpper(r))
			up = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// gogoTag returns the value of the `protobuf:` struct tag gogo writes for
// f, as upstream copies it into the Go types: wire type, number, label,
// name, and the casts.
func (g *fileGen) gogoTag(f field) string {
	label := "opt"
	if f.repeated || f.isMap {
		label = "rep"
	}
	s := fmt.Sprintf("%s,%d,%s,name=%s", wireType(f), f.tag, label, f.name)
	if j := jsonName(f.name); j != f.name {
		s += ",json=" + j
	}
	for _, k := range []string{"casttype", "castkey", "castvalue"} {
		if v, ok := f.extras["(gogoproto."+k+")"]; ok {
			u, _ := strconv.Unquote(v)
			s += "," + k + "=" + u
		}
	}
	if _, ok := f.extras["(gogoproto.castvalue)"]; ok && f.isMap && wireType(field{typ: f.typ.Elem}) == "bytes" && !isScalar(f.typ.Elem) {
		s += ",castvaluetype=" + strings.TrimPrefix(g.typeName(f.typ.Elem), ".")
	}
	return s
}

// wireType is the wire type of f's protobuf type.
func wireType(f field) string {
	if f.isMap || f.typ == nil || f.typ.Name.Package != "" {
		return "bytes"
	}
	switch f.typ.Name.Name {
	case "int32", "int64", "uint32", "uint64", "bool":
		return "varint"
	case "double":
		return "fixed64"
	case "float":
		return "fixed32"
	}
	return "bytes"
}

// isScalar reports whether t is a protobuf scalar (string and bytes
// included).
func isScalar(t *types.Type) bool {
	if t == nil || t.Name.Package != "" {
		return false
	}
	switch t.Name.Name {
	case "string", "bytes", "int32", "int64", "uint32", "uint64", "bool", "double", "float":
		return true
	}
	return false
}
