package openapi

import (
	"encoding/json"
	"fmt"
	"go/token"
	"regexp"
	"sort"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// markerPrefix starts the validation markers, e.g.
// +k8s:validation:maxLength=64.
const markerPrefix = "+k8s:validation:"

// markerKeys are the validation markers upstream reads.
func markerKeys() []string {
	return []string{
		"nullable", "format", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
		"maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf",
		"enum", "maxProperties", "minProperties", "items", "properties", "additionalProperties", "cel",
	}
}

// markerLine matches one marker after its prefix: key=value, key>raw
// text, or key alone.
var markerLine = regexp.MustCompile(`^([:_a-zA-Z0-9\[\]\-]*)(?:([=>])(.*))?$`)

// markers returns the schema the validation markers of lines give a
// field or type of type t; where positions their lines. Nested markers
// (items:, properties:, additionalProperties:, cel[i]:) are not supported
// yet: they are an error that says so.
func (p *plan) markers(t *types.Type, lines []string, where func(string) token.Position) (*spec.Schema, error) {
	values := map[string]any{}
	for _, line := range lines {
		line = strings.Trim(line, " ")
		rest, ok := strings.CutPrefix(line, markerPrefix)
		if !ok {
			continue
		}
		m := markerLine.FindStringSubmatch(rest)
		if m == nil {
			return nil, markerErr(where, line, "+k8s:validation:%s does not read as +k8s:validation:<key>=<JSON value>", rest)
		}
		key, op, value := m[1], m[2], m[3]
		root, _, nested := strings.Cut(key, ":")
		if i := strings.IndexByte(root, '['); i >= 0 {
			root, nested = root[:i], true
		}
		if !contains(markerKeys(), root) {
			continue
		}
		if nested || root == "items" || root == "properties" || root == "additionalProperties" || root == "cel" {
			return nil, markerErr(where, line, "+k8s:validation:%s: nested validation markers are not supported by this openapi-gen yet; use kube-openapi's openapi-gen for this package", key)
		}
		if _, dup := values[root]; dup {
			return nil, markerErr(where, line, "+k8s:validation:%s is given more than once; keep one", root)
		}
		v, err := markerValue(op, value)
		if err != nil {
			return nil, markerErr(where, line, "+k8s:validation:%s: %v", key, err)
		}
		if v != nil {
			values[root] = v
		}
	}
	return p.markerSchema(t, values, lines, where)
}

// markerValue reads a marker's value: JSON after "=", a string after
// ">", true when there is none; nil for a ref(...), which is skipped.
func markerValue(op, value string) (any, error) {
	switch {
	case op == ">":
		return strings.Trim(value, " "), nil
	case op == "" || value == "":
		return true, nil
	case strings.HasPrefix(value, "ref(") && strings.HasSuffix(value, ")"):
		return nil, nil
	}
	var v any
	if err := json.Unmarshal([]byte(value), &v); err != nil {
		return nil, fmt.Errorf("%s is not JSON (%v)", value, err)
	}
	return v, nil
}

// markerErr returns a positioned problem with a marker line.
func markerErr(where func(string) token.Position, line, format string, args ...any) error {
	return diag.Errorf(where(strings.TrimPrefix(line, "+")), format, args...)
}

// markerSchema turns the marker values into a schema, checking them as
// upstream does.
func (p *plan) markerSchema(t *types.Type, values map[string]any, lines []string, where func(string) token.Position) (*spec.Schema, error) {
	var s spec.Schema
	if len(values) == 0 {
		return &s, nil
	}
	data, err := json.Marshal(values)
	if err == nil {
		err = json.Unmarshal(data, &s.SchemaProps)
	}
	if err == nil {
		err = checkMarkers(t, &s.SchemaProps)
	}
	if err != nil {
		keys := make([]string, 0, len(values))
		for k := range values {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return nil, markerErr(where, markerPrefix+keys[0], "invalid validation markers (%s): %v", strings.Join(keys, ", "), err)
	}
	return &s, nil
}
