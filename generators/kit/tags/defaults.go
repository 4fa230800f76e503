package tags

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"

	"k8s.io/gengo/v2/types"
)

// DefaultJSON decodes the JSON literal of a +default value (numbers as
// float64, as encoding/json does). A value that is not JSON is an error
// saying what to write: a bare word most likely wants double quotes.
// defaulter-gen and openapi-gen both read +default, and report the error
// as "+default: <error>" at the tag, so that a run of both reports it once.
func DefaultJSON(literal string) (any, error) {
	var v any
	err := json.Unmarshal([]byte(literal), &v)
	switch {
	case err == nil:
		return v, nil
	case bareWord.MatchString(literal):
		return nil, fmt.Errorf("%s is not JSON: a string needs double quotes: write +default=%s", literal, strconv.Quote(literal))
	}
	return nil, fmt.Errorf("%s is not JSON (%v): write a JSON value, e.g. +default=\"text\", +default=3, +default=[] or +default={}, or ref(<Name>)", literal, err)
}

var bareWord = regexp.MustCompile(`^[^"\[\]{}:,\s]+$`)

// CheckDefault checks the JSON literal of a +default value against t, the
// type of the field (or of the values of the type) it defaults: a string
// needs a JSON string, an integer an integral number in range, a float a
// number, a bool true or false, a slice or array a JSON array, a map or a
// struct a JSON object, each through pointers and named types; null fits
// anything. Types that decode themselves (UnmarshalJSON) take what they
// accept: resource.Quantity a string or a number, intstr.IntOrString a
// string or an integer, metav1's Time, MicroTime and Duration a string,
// any other one anything. The error says what to write instead.
func CheckDefault(literal string, t *types.Type) error {
	v, err := DefaultJSON(literal)
	if err != nil {
		return err
	}
	c := &defaultCheck{literal: literal}
	if reason := c.fit(v, t, 0); reason != "" {
		return fmt.Errorf("%s %s%s", literal, reason, c.instead(v, t))
	}
	return nil
}

// defaultCheck is one check of a +default literal.
type defaultCheck struct {
	literal string
	// decode, when set, checks the value as defaulter-gen's code uses it
	// (see CheckDefaultDecoded); numbers are then json.Numbers.
	decode *decoding
}

// fit returns why raw (a decoded value) does not fit t, or "".
func (c *defaultCheck) fit(raw any, t *types.Type, depth int) string {
	v := plain(raw)
	if v == nil || t == nil || depth > 32 {
		return ""
	}
	if c.decode.takesAnything(t) {
		return ""
	}
	if a, ok := selfDecoding(t); ok {
		if !a.takes(v) {
			return fmt.Sprintf("is %s, and type %s takes %s", article(jsonKind(v)), typeName(t), a.desc)
		}
		return c.decode.custom(raw, t)
	}
	switch t.Kind {
	case types.Pointer:
		return c.fit(raw, t.Elem, depth+1)
	case types.Alias:
		if u := t.Underlying; u != nil && u.Kind == types.Builtin {
			return c.builtin(raw, u, typeName(t))
		}
		return c.fit(raw, t.Underlying, depth+1)
	case types.Builtin:
		return c.builtin(raw, t, t.Name.Name)
	case types.Slice, types.Array:
		return c.elements(v, t, depth)
	case types.Map:
		return c.values(v, t, depth)
	case types.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Sprintf("is %s, and type %s needs a JSON object", article(jsonKind(v)), typeName(t))
		}
		return c.members(obj, t, depth)
	}
	return ""
}

// builtin returns why raw does not fit the builtin type t, or "".
func (c *defaultCheck) builtin(raw any, t *types.Type, shown string) string {
	if reason := builtinFit(plain(raw), t, shown); reason != "" {
		return reason
	}
	if n, ok := raw.(json.Number); ok && c.decode != nil {
		return c.decode.number(n, t.Name.Name, shown)
	}
	return ""
}

// elements checks v against a slice or array type t.
func (c *defaultCheck) elements(v any, t *types.Type, depth int) string {
	if _, ok := v.(string); ok && t.Kind == types.Slice && t.Elem.Name == (types.Name{Name: "byte"}) {
		return "" // []byte decodes from a base64 string
	}
	list, ok := v.([]any)
	if !ok {
		return fmt.Sprintf("is %s, and type %s needs a JSON array", article(jsonKind(v)), typeName(t))
	}
	for i, e := range list {
		if reason := c.fit(e, t.Elem, depth+1); reason != "" {
			return fmt.Sprintf("has element %d %s, which %s", i, compact(e), reason)
		}
	}
	return ""
}

// values checks v against a map type t.
func (c *defaultCheck) values(v any, t *types.Type, depth int) string {
	obj, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprintf("is %s, and type %s needs a JSON object", article(jsonKind(v)), typeName(t))
	}
	for _, k := range slices.Sorted(maps.Keys(obj)) {
		if reason := c.decode.key(k, t.Key); reason != "" {
			return fmt.Sprintf("has key %q, which %s", k, reason)
		}
		if reason := c.fit(obj[k], t.Elem, depth+1); reason != "" {
			return fmt.Sprintf("has %q: %s, which %s", k, compact(obj[k]), reason)
		}
	}
	return ""
}
