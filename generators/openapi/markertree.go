package openapi

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// markerKeys are the validation markers upstream reads; a marker whose
// first key is another is ignored, as upstream ignores it.
func markerKeys() []string {
	return []string{
		"nullable", "format", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
		"maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf",
		"enum", "maxProperties", "minProperties", "items", "properties", "additionalProperties", "cel",
	}
}

// knownMarker reports whether key's first element is a marker upstream
// reads.
func knownMarker(key string) bool {
	parts := strings.FieldsFunc(key, func(r rune) bool { return r == ':' || r == '[' })
	return len(parts) > 0 && slices.Contains(markerKeys(), parts[0])
}

// tree returns the markers as nested values: "items:maxLength=5" is
// {"items": {"maxLength": 5}}, "cel[0]:rule>x" is {"cel": [{"rule": "x"}]}.
// Values are JSON; a bare key is true; ref(...) values are skipped.
func (r *markerReader) tree() (map[string]any, error) {
	root := map[string]any{}
	for _, m := range r.out {
		if m.key == "" {
			return nil, markerErr(r.where, m.line, "%s: a marker needs a key, e.g. %smaxLength=64", m.line, markerPrefix)
		}
		if !knownMarker(m.key) {
			continue
		}
		if _, isRef := symbolRef(m.value, ""); isRef {
			continue
		}
		var v any = true
		if m.value != "" {
			if err := json.Unmarshal([]byte(m.value), &v); err != nil {
				return nil, markerErr(r.where, m.line, "%s%s: %s is not JSON (%v)", markerPrefix, m.key, m.value, err)
			}
		}
		if err := putNested(root, strings.Split(m.key, ":"), v); err != nil {
			return nil, markerErr(r.where, m.line, "%s%s: %v", markerPrefix, m.key, err)
		}
	}
	return root, nil
}

// putNested puts v at the path keys below m, making the maps and lists
// on the way; "name[i]" is element i of list name, a map.
func putNested(m map[string]any, keys []string, v any) error {
	if len(keys) == 0 {
		return nil
	}
	key, rest := keys[0], keys[1:]
	array, index, subscripted, err := subscript(key)
	switch {
	case err != nil:
		return err
	case subscripted:
		return putElement(m, array, index, rest, v)
	case len(rest) == 0:
		m[key] = v
		return nil
	}
	child, ok := m[key].(map[string]any)
	if !ok {
		if _, taken := m[key]; taken {
			return fmt.Errorf("%s has a value already, and cannot also have keys below it", key)
		}
		child = map[string]any{}
		m[key] = child
	}
	return putNested(child, rest, v)
}

// putElement puts v at the path rest below element index of list array.
func putElement(m map[string]any, array string, index int, rest []string, v any) error {
	list, ok := m[array].([]any)
	if _, taken := m[array]; taken && !ok {
		return fmt.Errorf("%s is not a list, and cannot be subscripted", array)
	}
	for len(list) <= index {
		list = append(list, nil)
	}
	m[array] = list
	elem, ok := list[index].(map[string]any)
	if list[index] != nil && !ok {
		return fmt.Errorf("%s[%d] is not a map", array, index)
	}
	if elem == nil {
		elem = map[string]any{}
		list[index] = elem
	}
	return putNested(elem, rest, v)
}
