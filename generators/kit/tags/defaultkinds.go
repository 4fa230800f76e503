package tags

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"
)

// accepts is what a self-decoding type takes: its description, and the
// JSON kinds ("string", "number", "integer"); none means anything.
type accepts struct {
	desc  string
	kinds []string
}

// takes reports whether a decoded value is of one of the kinds.
func (a accepts) takes(v any) bool {
	if len(a.kinds) == 0 {
		return true
	}
	switch v := v.(type) {
	case string:
		return slices.Contains(a.kinds, "string")
	case float64:
		return slices.Contains(a.kinds, "number") || slices.Contains(a.kinds, "integer") && v == math.Trunc(v)
	}
	return false
}

// selfDecoder returns what the apimachinery types with their own JSON
// decoding whose +default values are checked take, by the JSON kinds.
func selfDecoder(n types.Name) (accepts, bool) {
	const meta = "k8s.io/apimachinery/pkg/apis/meta/v1"
	switch n {
	case types.Name{Package: "k8s.io/apimachinery/pkg/api/resource", Name: "Quantity"}:
		return accepts{"a string or a number", []string{"string", "number"}}, true
	case types.Name{Package: "k8s.io/apimachinery/pkg/util/intstr", Name: "IntOrString"}:
		return accepts{"a string or an integer", []string{"string", "integer"}}, true
	case types.Name{Package: meta, Name: "Duration"}, types.Name{Package: meta, Name: "Time"}, types.Name{Package: meta, Name: "MicroTime"}:
		return accepts{"a string", []string{"string"}}, true
	}
	return accepts{}, false
}

// selfDecoding returns what a type that decodes itself takes, and whether
// it does. A primitive type does not count: the defaulter writes its
// default as a Go literal.
func selfDecoding(t *types.Type) (accepts, bool) {
	if a, ok := selfDecoder(t.Name); ok {
		return a, true
	}
	if t.IsPrimitive() || t.Kind == types.Pointer {
		return accepts{}, false
	}
	_, ok := t.Methods["UnmarshalJSON"]
	return accepts{}, ok
}

// builtinFit returns why v does not fit the builtin type t, or "";
// shown is the type's name in the message (a named type's).
func builtinFit(v any, t *types.Type, shown string) string {
	name := t.Name.Name
	need := ""
	switch {
	case name == "string":
		need = "string"
	case name == "bool":
		need = "boolean"
	case name == "float32" || name == "float64":
		need = "number"
	case intRange(name) != nil:
		need = "integer"
	default:
		return ""
	}
	got := jsonKind(v)
	num := got == "number" || got == "integer number"
	switch {
	case need == "integer" && num:
		return integerFit(v.(float64), name, shown)
	case need == "number" && num:
		return ""
	case got != need:
		return fmt.Sprintf("is %s, and type %s needs %s", article(got), shown, needed(need))
	}
	return ""
}

// integerFit returns why the number f is no value of the integer type
// name, or "".
func integerFit(f float64, name, shown string) string {
	r := intRange(name)
	switch {
	case f != math.Trunc(f):
		return fmt.Sprintf("is not an integer, and type %s needs one", shown)
	case f < r[0] || f > r[1]:
		return fmt.Sprintf("is out of the range of type %s (%.0f to %.0f)", shown, r[0], r[1])
	}
	return ""
}

// intRange returns the least and greatest values of an integer type.
func intRange(name string) []float64 {
	bits := map[string]int{"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint": 64, "uint8": 8,
		"byte": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64, "rune": 32}[name]
	switch {
	case bits == 0:
		return nil
	case strings.HasPrefix(name, "u") || name == "byte":
		return []float64{0, math.Exp2(float64(bits)) - 1}
	}
	return []float64{-math.Exp2(float64(bits - 1)), math.Exp2(float64(bits-1)) - 1}
}

// jsonKind names the JSON kind of a decoded value.
func jsonKind(v any) string {
	switch v := v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case float64:
		if v == math.Trunc(v) {
			return "integer number"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "null"
}

// article prefixes a JSON kind with "a JSON" or "an".
func article(kind string) string {
	switch kind {
	case "integer number", "array", "object":
		return "an " + strings.TrimSuffix(kind, " number")
	}
	return "a JSON " + kind
}

// needed says what a builtin kind of value needs.
func needed(kind string) string {
	switch kind {
	case "integer":
		return "an integer"
	case "boolean":
		return "true or false"
	}
	return "a JSON " + kind
}

// typeName is a short name of t for messages: its own name when it has
// one, with what it is when that is a builtin.
func typeName(t *types.Type) string {
	switch t.Kind {
	case types.Pointer:
		return "*" + typeName(t.Elem)
	case types.Slice:
		return "[]" + typeName(t.Elem)
	case types.Array:
		return fmt.Sprintf("[%d]%s", t.Len, typeName(t.Elem))
	case types.Map:
		return "map[" + typeName(t.Key) + "]" + typeName(t.Elem)
	case types.Alias:
		if t.Underlying != nil && t.Underlying.Kind == types.Builtin {
			return t.Name.Name + " (" + t.Underlying.Name.Name + ")"
		}
	}
	if t.Name.Name == "" {
		return string(t.Kind)
	}
	return t.Name.Name
}

// compact renders a decoded value as JSON.
func compact(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// instead returns what to write instead of a top-level value v that does
// not fit t, when there is an obvious fix: ": write +default=...", or "".
func (c *defaultCheck) instead(v any, t *types.Type) string {
	for t.Kind == types.Pointer || t.Kind == types.Alias {
		if t.Kind == types.Pointer {
			t = t.Elem
		} else {
			t = t.Underlying
		}
	}
	if t.Kind != types.Builtin {
		return ""
	}
	s, isString := v.(string)
	switch name := t.Name.Name; {
	case name == "string" && !isString:
		return ": write +default=" + strconv.Quote(c.literal)
	case name == "bool" && (s == "true" || s == "false"):
		return ": write +default=" + s
	case isString && (intRange(name) != nil || strings.HasPrefix(name, "float")):
		if f, err := strconv.ParseFloat(s, 64); err == nil && builtinFit(f, t, name) == "" {
			return ": write +default=" + s
		}
	}
	return ""
}
