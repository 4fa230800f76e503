package applyconfiguration

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// yaml renders the schema as internal/internal.go embeds it: the YAML
// go.yaml.in/yaml/v2 writes for structured-merge-diff's schema types.
func (m *models) yaml() (string, error) {
	defs, err := m.convert()
	if err != nil {
		return "", err
	}
	types := seq()
	for _, d := range defs {
		types.items = append(types.items, typeDefNode(d))
	}
	doc := &node{}
	doc.add("types", types)
	var w yamlWriter
	w.document(doc)
	out := w.String()
	if strings.Contains(out, "`") {
		return "", fmt.Errorf("%s: --%s: a name or default contains a backquote, which the Go raw string that embeds the schema cannot hold", m.path, flagSchema)
	}
	return out, nil
}

// node is a YAML value: a mapping (keys), a sequence (items, list set) or
// a scalar.
type node struct {
	keys   []string
	values []*node
	items  []*node
	list   bool   // a sequence, even when empty
	scalar string // the scalar's text
	str    bool   // the scalar is a string, whose style depends on its text
	leaf   bool   // a scalar
}

// add appends key: value to a mapping.
func (n *node) add(key string, value *node) {
	n.keys = append(n.keys, key)
	n.values = append(n.values, value)
}

func str(s string) *node       { return &node{leaf: true, str: true, scalar: s} }
func plain(s string) *node     { return &node{leaf: true, scalar: s} }
func seq(items ...*node) *node { return &node{list: true, items: items} }

func typeDefNode(d typeDef) *node {
	n := &node{}
	n.add("name", str(d.name))
	addAtom(n, d.atom)
	return n
}

// addAtom adds the atom's keys to n: scalar, list and map.
func addAtom(n *node, a atom) {
	if a.scalar != "" {
		n.add("scalar", str(a.scalar))
	}
	if a.list != nil {
		n.add("list", listNode(a.list))
	}
	if a.fields != nil {
		n.add("map", mapNode(a.fields))
	}
}

func typeRefNode(r typeRef) *node {
	n := &node{}
	if r.named != "" {
		n.add("namedType", str(r.named))
	}
	addAtom(n, r.inlined)
	if r.relationship != "" {
		n.add("elementRelationship", str(r.relationship))
	}
	return n
}

func listNode(l *smdList) *node {
	n := &node{}
	if !l.elem.isZero() {
		n.add("elementType", typeRefNode(l.elem))
	}
	if l.relationship != "" {
		n.add("elementRelationship", str(l.relationship))
	}
	if len(l.keys) > 0 {
		keys := seq()
		for _, k := range l.keys {
			keys.items = append(keys.items, str(k))
		}
		n.add("keys", keys)
	}
	return n
}

func mapNode(m *smdMap) *node {
	n := &node{}
	if len(m.fields) > 0 {
		fields := seq()
		for _, f := range m.fields {
			fields.items = append(fields.items, fieldNode(f))
		}
		n.add("fields", fields)
	}
	if len(m.unions) > 0 {
		unions := seq()
		for _, u := range m.unions {
			unions.items = append(unions.items, unionNode(u))
		}
		n.add("unions", unions)
	}
	if !m.elem.isZero() {
		n.add("elementType", typeRefNode(m.elem))
	}
	if m.relationship != "" {
		n.add("elementRelationship", str(m.relationship))
	}
	return n
}

func fieldNode(f smdField) *node {
	n := &node{}
	if f.name != "" {
		n.add("name", str(f.name))
	}
	if !f.typ.isZero() {
		n.add("type", typeRefNode(f.typ))
	}
	if f.def != nil {
		n.add("default", valueNode(f.def))
	}
	return n
}

func unionNode(u smdUnion) *node {
	n := &node{}
	if u.discriminator != nil {
		n.add("discriminator", str(*u.discriminator))
	}
	if len(u.fields) > 0 {
		fields := seq()
		for _, f := range u.fields {
			fn := &node{}
			fn.add("fieldName", str(f.name))
			fn.add("discriminatorValue", str(f.value))
			fields.items = append(fields.items, fn)
		}
		n.add("fields", fields)
	}
	return n
}

// valueNode converts a decoded JSON value (a default), as it reaches the
// YAML through kube-openapi: numbers are float64s re-encoded as JSON, then
// read back as integers when they have that form; map keys are sorted as
// yaml.v2 sorts them.
func valueNode(v any) *node {
	switch v := v.(type) {
	case nil:
		return plain("null")
	case bool:
		return plain(strconv.FormatBool(v))
	case string:
		return str(v)
	case json.Number:
		return plain(numberText(v))
	case []any:
		n := seq()
		for _, item := range v {
			n.items = append(n.items, valueNode(item))
		}
		return n
	case map[string]any:
		n := &node{}
		for _, k := range yamlSortedKeys(v) {
			n.add(k, valueNode(v[k]))
		}
		return n
	}
	return str(fmt.Sprint(v))
}

// numberText renders a JSON number as a float64 encoded by encoding/json
// and decoded again by yaml.v2: an integer if it reads as one, else a
// float in Go's shortest form.
func numberText(num json.Number) string {
	f, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return string(num)
	}
	text := jsonFloat(f)
	if i, err := strconv.ParseInt(text, 10, 64); err == nil {
		return strconv.FormatInt(i, 10)
	}
	if u, err := strconv.ParseUint(text, 10, 64); err == nil {
		return strconv.FormatUint(u, 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// jsonFloat formats f as encoding/json does.
func jsonFloat(f float64) string {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	s := strconv.FormatFloat(f, format, -1, 64)
	if format == 'e' {
		// "1e-07" is written "1e-7".
		if n := len(s); n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
	}
	return s
}
