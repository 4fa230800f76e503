package tags

import (
	"fmt"
	"go/token"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
)

// jsonField is a field of a struct as encoding/json sees it.
type jsonField struct {
	// name is its JSON name; goName the Go field's.
	name, goName string
	typ          *types.Type
	// depth is how many embedded structs it is promoted through.
	depth int
	// tagged says its name comes from a json tag.
	tagged bool
	// unsure says its value is not checked: ",string" fields, and names
	// that several fields of one depth share.
	unsure bool
}

// members returns why the object obj does not decode into the struct t,
// or "": each key names a field (exactly, or else ignoring case) and its
// value fits the field. A key that names no field is a warning.
func (c *defaultCheck) members(obj map[string]any, t *types.Type, depth int) string {
	if c.decode == nil {
		return ""
	}
	fields := jsonFields(t)
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		f, ok := lookupField(fields, k)
		switch {
		case !ok:
			c.decode.warnings = append(c.decode.warnings, fmt.Sprintf("%q names no field of %s, so the generated code drops it; %s", k, typeName(t), fieldNames(fields)))
		case f.unsure:
		default:
			if reason := c.fit(obj[k], f.typ, depth+1); reason != "" {
				if c.decode.fix == "" {
					c.decode.fix = suggest(k, obj[k], f.typ)
				}
				c.decode.panics = true
				return fmt.Sprintf("has %q: %s for field %s of %s, which %s", k, compact(obj[k]), f.goName, typeName(t), reason)
			}
		}
	}
	return ""
}

// fieldNames lists what a struct's keys can be, for a message.
func fieldNames(fields []jsonField) string {
	if len(fields) == 0 {
		return "it has no fields encoding/json sets"
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = strconv.Quote(f.name)
	}
	return "its keys are " + strings.Join(names, ", ")
}

// lookupField finds the field a key sets, as encoding/json does: the one
// of that name, or else the first whose name equals it ignoring case.
func lookupField(fields []jsonField, key string) (jsonField, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

// jsonFields returns the fields encoding/json decodes into the struct t,
// with those of embedded structs promoted; of several fields of one name
// the shallowest wins, then the tagged one; a tie is marked unsure.
func jsonFields(t *types.Type) []jsonField {
	var all []jsonField
	collectFields(t, 0, map[*types.Type]bool{}, &all)
	slices.SortStableFunc(all, func(a, b jsonField) int { return a.depth - b.depth })
	var out []jsonField
	index := map[string]int{}
	for _, f := range all {
		i, seen := index[f.name]
		switch {
		case !seen:
			index[f.name] = len(out)
			out = append(out, f)
		case out[i].depth == f.depth && out[i].tagged == f.tagged:
			out[i].unsure = true
		}
	}
	return out
}

// collectFields appends the fields of the struct t, embedded at depth.
func collectFields(t *types.Type, depth int, visiting map[*types.Type]bool, out *[]jsonField) {
	if visiting[t] || depth > 16 {
		return
	}
	visiting[t] = true
	defer delete(visiting, t)
	for _, m := range t.Members {
		tag, hasTag := reflect.StructTag(m.Tags).Lookup("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := m.Type
		if ft.Kind == types.Pointer {
			ft = ft.Elem
		}
		if m.Embedded && name == "" && ft.Kind == types.Struct {
			collectFields(ft, depth+1, visiting, out)
			continue
		}
		if !token.IsExported(m.Name) {
			continue
		}
		f := jsonField{name: name, goName: m.Name, typ: m.Type, depth: depth, tagged: hasTag && name != ""}
		if name == "" {
			f.name = m.Name
		}
		f.unsure = slices.Contains(strings.Split(opts, ","), "string")
		*out = append(*out, f)
	}
}

// takesAnything reports whether a decoded value of type t is left to t's
// own UnmarshalJSON or UnmarshalText (or one promoted from an embedded
// field), which may take anything: when the value is decoded (not a Go
// constant) and t is none of the types whose values are known.
func (d *decoding) takesAnything(t *types.Type) bool {
	if d == nil || d.goLiteral || t.Kind == types.Pointer {
		return false
	}
	if _, known := selfDecoder(t.Name); known {
		return false
	}
	return decodesItself(t, 0)
}

// decodesItself reports whether t has an UnmarshalJSON or UnmarshalText
// method, of its own or (a struct) from an embedded field.
func decodesItself(t *types.Type, depth int) bool {
	if t == nil || depth > 16 {
		return false
	}
	if _, ok := t.Methods["UnmarshalJSON"]; ok {
		return true
	}
	if _, ok := t.Methods["UnmarshalText"]; ok {
		return true
	}
	if t.Kind != types.Struct {
		return false
	}
	for _, m := range t.Members {
		ft := m.Type
		if ft.Kind == types.Pointer {
			ft = ft.Elem
		}
		if m.Embedded && decodesItself(ft, depth+1) {
			return true
		}
	}
	return false
}

// key returns why the key k of an object does not decode into a map key
// of type kt, or "": an integer key type takes a decimal integer in range.
func (d *decoding) key(k string, kt *types.Type) string {
	if d == nil || kt == nil || decodesItself(kt, 0) {
		return ""
	}
	for kt.Kind == types.Alias && kt.Underlying != nil {
		kt = kt.Underlying
	}
	name := kt.Name.Name
	if kt.Kind != types.Builtin || intRange(name) == nil {
		return ""
	}
	var err error
	if strings.HasPrefix(name, "u") || name == "byte" {
		_, err = strconv.ParseUint(k, 10, bitsOf(name))
	} else {
		_, err = strconv.ParseInt(k, 10, bitsOf(name))
	}
	if err != nil {
		d.panics = true
		return fmt.Sprintf("is no %s, the type of the map's keys", name)
	}
	return ""
}
