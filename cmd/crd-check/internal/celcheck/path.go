package celcheck

import (
	"strconv"
	"strings"
)

// step is one step of a field path: a name, and the key or index in
// brackets after it, if any ("properties[spec]", "x-kubernetes-validations[0]").
type step struct {
	name, key string
	keyed     bool
}

// steps splits a field path as apiextensions writes it
// ("spec.versions[0].schema.openAPIV3Schema.properties[spec].items") into
// its steps; a key in brackets may hold dots.
func steps(path string) []step {
	var out []step
	for path != "" {
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			out = append(out, step{name: path})
			break
		}
		s := step{name: path[:end]}
		path = path[end:]
		if path[0] == '[' {
			closing := strings.IndexByte(path, ']')
			if closing < 0 {
				closing = len(path) - 1
			}
			s.key, s.keyed = path[1:closing], true
			path = path[closing+1:]
		}
		out = append(out, s)
		path = strings.TrimPrefix(path, ".")
	}
	return out
}

// node is a schema node reached along a path, with its path as a user
// reads it (spec.parts[*].name).
type node struct {
	schema map[string]any
	path   string
}

// located is where a field path leads in a CRD: the version it is in, the
// schema nodes from the root to the last one reached, and the CEL rule
// when the path names one.
type located struct {
	version string
	nodes   []node
	rule    map[string]any
}

// locate follows a field path of apiextensions' validation into the CRD
// document. spec.validation is the schema every version shares (the
// internal form hoists it when they are equal), spec.versions[i].schema
// one version's.
func locate(doc map[string]any, path string) located {
	var loc located
	st := steps(path)
	versions, _ := dig(doc, "spec", "versions").([]any)
	var schema map[string]any
	switch {
	case len(st) >= 3 && st[1].name == "validation" && st[2].name == "openAPIV3Schema" && len(versions) > 0:
		loc.version = "every version"
		schema, _ = dig(versions[0], "schema", "openAPIV3Schema").(map[string]any)
		st = st[3:]
	case len(st) >= 4 && st[1].name == "versions" && st[1].keyed && st[2].name == "schema" && st[3].name == "openAPIV3Schema":
		i, err := strconv.Atoi(st[1].key)
		if err != nil || i >= len(versions) {
			return loc
		}
		loc.version = "version " + stringAt(versions[i], "name")
		schema, _ = dig(versions[i], "schema", "openAPIV3Schema").(map[string]any)
		st = st[4:]
	default:
		return loc
	}
	if schema == nil {
		return loc
	}
	loc.nodes = []node{{schema: schema}}
	for _, s := range st {
		cur := loc.nodes[len(loc.nodes)-1]
		next, label, ok := child(cur.schema, s)
		if !ok {
			if s.name == "x-kubernetes-validations" && s.keyed {
				rules, _ := cur.schema["x-kubernetes-validations"].([]any)
				if i, err := strconv.Atoi(s.key); err == nil && i < len(rules) {
					loc.rule, _ = rules[i].(map[string]any)
				}
			}
			break
		}
		loc.nodes = append(loc.nodes, node{schema: next, path: strings.TrimPrefix(cur.path+label, ".")})
	}
	return loc
}

// child returns the schema a step leads to from a schema node, and how a
// user's path writes the step.
func child(schema map[string]any, s step) (map[string]any, string, bool) {
	var next any
	label := ""
	switch {
	case s.name == "properties" && s.keyed:
		next, label = dig(schema, "properties", s.key), "."+s.key
	case s.name == "items":
		next, label = schema["items"], "[*]"
	case s.name == "additionalProperties":
		next, label = schema["additionalProperties"], "{*}"
	case (s.name == "allOf" || s.name == "anyOf" || s.name == "oneOf") && s.keyed:
		list, _ := schema[s.name].([]any)
		if i, err := strconv.Atoi(s.key); err == nil && i < len(list) {
			next = list[i]
		}
	}
	m, ok := next.(map[string]any)
	return m, label, ok
}

// dig follows keys through nested maps.
func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// stringAt returns a string field of a map, or "".
func stringAt(v any, key string) string {
	s, _ := dig(v, key).(string)
	return s
}
