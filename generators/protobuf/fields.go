package protobuf

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// field is one field of a message.
type field struct {
	tag                       int
	name                      string
	typ                       *types.Type
	isMap, repeated, nullable bool
	extras                    map[string]string
	comments                  []string
	// member is the Go member the field is made from.
	member string
}

// setExtra sets a field option, making the map when needed.
func (f *field) setExtra(k, v string) {
	if f.extras == nil {
		f.extras = map[string]string{}
	}
	f.extras[k] = v
}

// memberError is a problem of one member of a Go struct, positioned by
// the caller.
type memberError struct {
	t      *types.Type
	member string
	// tag, when set, is the tag line (after its "+") the problem is at.
	tag string
	err error
}

func (e *memberError) Error() string { return e.err.Error() }

// readProtobufTag reads a member's existing `protobuf:` struct tag into f:
// its number, its name, its casts and, when the wire type names a type,
// that type.
func readProtobufTag(tag string, f *field, m types.Member, t *types.Type, local types.Name) error {
	if tag == "" || tag == "-" {
		return nil
	}
	parts := strings.Split(tag, ",")
	if len(parts) < 3 {
		return fmt.Errorf("member %q of %q: malformed `protobuf:` struct tag %q, it needs at least <wire type>,<number>,<opt|req|rep>", m.Name, t.Name, tag)
	}
	n, err := strconv.Atoi(parts[1])
	if err != nil {
		return fmt.Errorf("member %q of %q: malformed `protobuf:` struct tag, field number %q is not an integer", m.Name, t.Name, parts[1])
	}
	f.tag = n
	switch parts[0] {
	case "varint", "fixed32", "fixed64", "bytes", "group":
	default:
		f.typ = &types.Type{Name: namedProtoType(parts[0], local), Kind: types.Protobuf}
	}
	f.extras = map[string]string{}
	for i, extra := range parts[3:] {
		k, v, ok := strings.Cut(extra, "=")
		if !ok {
			return fmt.Errorf("member %q of %q: malformed `protobuf:` struct tag, element %d should be key=value, got %q", m.Name, t.Name, i+4, extra)
		}
		switch k {
		case "name":
			f.name = v
		case "casttype", "castkey", "castvalue":
			f.extras["(gogoproto."+k+")"] = strconv.Quote(v)
		}
	}
	return nil
}

// namedProtoType names the protobuf type a struct tag's first element
// gives: package.Name, or Name in the local package.
func namedProtoType(s string, local types.Name) types.Name {
	if i := strings.LastIndex(s, "."); i >= 0 {
		return types.Name{Name: s[i+1:], Package: s[:i], Path: strings.ReplaceAll(s[:i], ".", "/")}
	}
	return types.Name{Name: s, Package: local.Package, Path: local.Path}
}

// errUnsupported is the error of a Go type no protobuf field can hold.
var errUnsupported = errors.New("its Go type has no protobuf equivalent; leave the field out of the message with a `protobuf:\"-\"` struct tag, or the type out with +protobuf=false")

// membersToFields returns the fields of the message of t: one per
// exported member, numbered from its struct tag or after the highest.
func (g *fileGen) membersToFields(t *types.Type) ([]field, error) {
	var fields []field
	for _, m := range t.Members {
		f, keep, err := g.memberField(t, m)
		if err != nil {
			return nil, &memberError{t: t, member: m.Name, err: err}
		}
		if keep {
			fields = append(fields, f)
		}
	}
	return fields, g.number(t, fields)
}

// memberField returns the field of member m of t, and whether it has one.
func (g *fileGen) memberField(t *types.Type, m types.Member) (field, bool, error) {
	f := field{tag: -1, extras: map[string]string{}, member: m.Name}
	if namer.IsPrivateGoName(m.Name) || g.omit[types.Name{Name: m.Type.Name.Name, Package: m.Type.Name.Package}] {
		return f, false, nil
	}
	tags := reflect.StructTag(m.Tags)
	pt := tags.Get("protobuf")
	if pt == "-" {
		return f, false, nil
	}
	if err := readProtobufTag(pt, &f, m, t, g.local); err != nil {
		return f, false, err
	}
	if json, _ := tags.Lookup("json"); json != "" {
		jsonName, _, _ := strings.Cut(json, ",")
		if f.name == "" && jsonName != "" {
			f.name = jsonName
		}
		if f.tag == -1 && f.name == "-" {
			return f, false, nil
		}
	}
	if f.typ == nil {
		if err := g.fieldType(&f, m.Type); err != nil {
			return f, false, fmt.Errorf("field %s of %s: type %s: %w", m.Name, t.Name.Name, m.Type.Name, err)
		}
	}
	if bad := uncastInt(m.Type, &f); bad != "" && g.compiled {
		return f, false, fmt.Errorf("field %s of %s: Go type %s is written as protobuf's %s64 without a cast, so generated.pb.go would not compile (upstream's does not either): "+
			"declare it %s64 or %s32, or a named type of them, or run with --only-idl", m.Name, t.Name.Name, bad, strings.TrimSuffix(bad, "ptr"), strings.TrimSuffix(bad, "ptr"), strings.TrimSuffix(bad, "ptr"))
	}
	if key := mapKey(m.Type); key != nil && !isString(key) && g.compiled && g.dropGogo {
		return f, false, fmt.Errorf("field %s of %s: a map with %s keys: with --drop-gogo-go (the default) upstream's rewrite turns gogo's key sort "+
			"into a function of package sort that does not exist, so generated.pb.go would not compile: use string keys, "+
			"or run with --drop-gogo-go=false (the generated code then imports github.com/gogo/protobuf)", m.Name, t.Name.Name, key.Name.Name)
	}
	g.finishField(&f, m)
	return f, true, nil
}

// mapKey returns the key type of a map field (through pointers and named
// map types), or nil for other fields.
func mapKey(t *types.Type) *types.Type {
	for t.Kind == types.Pointer {
		t = t.Elem
	}
	if t.Kind == types.Alias {
		t = t.Underlying
	}
	if t.Kind != types.Map {
		return nil
	}
	return t.Key
}

// isString reports whether t is a string or a type whose underlying type
// is one: protobuf's string keys.
func isString(t *types.Type) bool {
	for t.Kind == types.Alias {
		t = t.Underlying
	}
	return t.Kind == types.Builtin && t.Name.Name == "string"
}

// uncastInt returns the Go builtin (int, uint or uintptr) that t holds
// where gogo's code would declare an int64 or uint64 with no cast back:
// the field itself, its elements, a map's key or value; "" when none.
func uncastInt(t *types.Type, f *field) string {
	isInt := func(t *types.Type) bool {
		return t.Kind == types.Builtin && (t.Name.Name == "int" || t.Name.Name == "uint" || t.Name.Name == "uintptr")
	}
	for t.Kind == types.Pointer || t.Kind == types.Slice {
		t = t.Elem
	}
	if t.Kind == types.Alias && t.Underlying.Kind == types.Map {
		t = t.Underlying
	}
	if t.Kind != types.Map {
		if isInt(t) && f.extras["(gogoproto.casttype)"] == "" {
			return t.Name.Name
		}
		return ""
	}
	v := t.Elem
	for v.Kind == types.Pointer {
		v = v.Elem
	}
	switch {
	case isInt(t.Key) && f.extras["(gogoproto.castkey)"] == "":
		return t.Key.Name.Name
	case isInt(v) && f.extras["(gogoproto.castvalue)"] == "":
		return v.Name.Name
	}
	return ""
}

// finishField names f and sets its gogo options, as upstream does.
func (g *fileGen) finishField(f *field, m types.Member) {
	if f.name == "" {
		f.name = namer.IL(m.Name)
	}
	if f.isMap && f.repeated {
		f.repeated, f.nullable = false, true
	}
	if !f.nullable {
		f.extras["(gogoproto.nullable)"] = "false"
	}
	if (f.typ.Name.Name == "bytes" && f.typ.Name.Package == "") || (f.repeated && f.typ.Name.Package == "" && namer.IsPrivateGoName(f.typ.Name.Name)) {
		delete(f.extras, "(gogoproto.nullable)")
	}
	if f.name != m.Name {
		f.extras["(gogoproto.customname)"] = strconv.Quote(m.Name)
	}
	f.comments = m.CommentLines
}

// number checks the numbers read from struct tags (two fields with one
// is an error) and gives the others the next ones after the highest.
func (g *fileGen) number(t *types.Type, fields []field) error {
	highest := 0
	byTag := map[int]string{}
	for _, f := range fields {
		if f.tag == -1 {
			continue
		}
		if other, ok := byTag[f.tag]; ok {
			return &memberError{t: t, member: f.member, err: fmt.Errorf("field %q and %q both have protobuf field number %d: give one of them an unused number in its `protobuf:` struct tag (or remove the tag to have the next free number assigned)", f.name, other, f.tag)}
		}
		byTag[f.tag] = f.name
		highest = max(highest, f.tag)
	}
	for i := range fields {
		if fields[i].tag == -1 {
			highest++
			fields[i].tag = highest
		}
	}
	return nil
}
