package celcheck

import (
	"maps"
	"regexp"
	"slices"
)

// maxNamed caps how many unbounded places a finding names.
const maxNamed = 8

// unbounded names what makes a rule costly, each with the marker that
// bounds it: the lists and maps above the rule's scope without a maximum
// (each multiplies how often the rule runs), then the scope itself and
// the fields below it that the rule names, when they have no bound.
func unbounded(loc located, rule string) []string {
	if len(loc.nodes) == 0 {
		return nil
	}
	var out []string
	for _, n := range loc.nodes[:len(loc.nodes)-1] {
		if what := bound(n.schema); what != "" && what != stringBound {
			out = append(out, describe(n, what))
		}
	}
	scope := loc.nodes[len(loc.nodes)-1]
	if scope.path == "" {
		scope.path = "the kind's root"
	}
	var walk func(n node, depth int)
	walk = func(n node, depth int) {
		if len(out) >= maxNamed || depth > 8 {
			return
		}
		if what := bound(n.schema); what != "" {
			out = append(out, describe(n, what))
		}
		for _, s := range children(n) {
			if named(rule, s.key) {
				walk(s.node, depth+1)
			}
		}
	}
	walk(scope, 0)
	return slices.Compact(out)
}

// stringBound is the marker that bounds a string.
const stringBound = "+kubebuilder:validation:MaxLength"

// bound returns the marker that would bound a schema node, or "" when it
// is bounded already or is not a list, map or string.
func bound(s map[string]any) string {
	_, enum := s["enum"]
	switch s["type"] {
	case "array":
		if _, ok := s["maxItems"]; !ok {
			return "+kubebuilder:validation:MaxItems"
		}
	case "object":
		_, isMap := s["additionalProperties"].(map[string]any)
		if _, ok := s["maxProperties"]; isMap && !ok {
			return "+kubebuilder:validation:MaxProperties"
		}
	case "string":
		if _, ok := s["maxLength"]; !ok && !enum {
			return stringBound
		}
	}
	return ""
}

// describe names an unbounded node and its bound.
func describe(n node, marker string) string {
	return n.path + " (" + marker + ")"
}

// keyedNode is a child of a schema node and the name a rule reaches it by
// ("" for a list's items or a map's values, which a rule reaches through
// its macros).
type keyedNode struct {
	key  string
	node node
}

// children returns a node's properties, items and map values.
func children(n node) []keyedNode {
	var out []keyedNode
	props, _ := n.schema["properties"].(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(props)) {
		if m, ok := props[k].(map[string]any); ok {
			out = append(out, keyedNode{k, node{m, n.path + "." + k}})
		}
	}
	if m, ok := n.schema["items"].(map[string]any); ok {
		out = append(out, keyedNode{"", node{m, n.path + "[*]"}})
	}
	if m, ok := n.schema["additionalProperties"].(map[string]any); ok {
		out = append(out, keyedNode{"", node{m, n.path + "{*}"}})
	}
	return out
}

// named reports whether a rule names a field (as a word); a list's items
// and a map's values are reached by any rule that reaches the list.
func named(rule, key string) bool {
	if key == "" {
		return true
	}
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(key) + `\b`).MatchString(rule)
}
