package crd

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// firstMarkers are the markers controller-gen applies before the others
// (its priority 9: the type, int-or-string, the list type and +default),
// so that a bound after them sees the type they set.
var firstMarkers = []string{
	"kubebuilder:validation:Type", "kubebuilder:validation:XIntOrString", "listType", "k8s:listType", "default",
}

// inApplyOrder returns markers in the order controller-gen applies them:
// firstMarkers, then the rest, each group in the order written.
func inApplyOrder(found []marker) []marker {
	out := slices.Clone(found)
	slices.SortStableFunc(out, func(x, y marker) int {
		return boolRank(slices.Contains(firstMarkers, x.name)) - boolRank(slices.Contains(firstMarkers, y.name))
	})
	return out
}

// boolRank ranks true before false.
func boolRank(first bool) int {
	if first {
		return 0
	}
	return 1
}

// argMarkers are the schema markers that take named arguments
// (+name:arg=value); the others take one value (+name=value).
var argMarkers = []string{"kubebuilder:validation:XValidation", itemsPrefix + "XValidation", "kubebuilder:externalDocs"}

// ignoredForm reports whether a marker that takes one value is written
// with named arguments instead (+kubebuilder:validation:UniqueItems:true),
// which controller-gen ignores.
func ignoredForm(m marker) bool {
	rest := strings.TrimPrefix(m.line, m.name)
	return strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, ":=") && !slices.Contains(argMarkers, m.name)
}

// boundKinds are what each bound applies to, as controller-gen checks it.
var boundKinds = map[string]string{
	"Minimum": "numeric", "Maximum": "numeric", "ExclusiveMinimum": "numeric", "ExclusiveMaximum": "numeric",
	"MultipleOf": "numeric", "MinLength": "textual", "MaxLength": "textual", "Pattern": "textual",
	"MinItems": "array", "MaxItems": "array", "UniqueItems": "array", "MinProperties": "object", "MaxProperties": "object",
}

// checkApplies returns an error when a bound does not apply to the
// schema's type (MinItems on a map, MaxLength on a number), or a numeric
// bound of an integer is not whole, as controller-gen refuses them.
func checkApplies(s *jsonSchema, m marker) error {
	name := boundName(m.name)
	kind, ok := boundKinds[name]
	if !ok {
		return nil
	}
	fits := map[string]bool{
		"numeric": s.Type == "integer" || s.Type == "number",
		"textual": s.Type == "string" || s.IntOrString,
		"array":   s.Type == "array",
		"object":  s.Type == "object",
	}[kind]
	if !fits {
		return fmt.Errorf("%s applies to a %s value, and this one's type is %q%s", name, kindWord(kind), s.Type, boundHint(name, s.Type))
	}
	if kind == "numeric" && s.Type == "integer" && name != "ExclusiveMinimum" && name != "ExclusiveMaximum" {
		if v, err := floatValue(m.value); err == nil && *v != math.Trunc(*v) {
			return fmt.Errorf("%s of an integer must be a whole number, not %s", name, m.value)
		}
	}
	return nil
}

// kindWord names a kind of value as an error says it.
func kindWord(kind string) string {
	return map[string]string{"numeric": "numeric", "textual": "string", "array": "list", "object": "map or object"}[kind]
}

// boundHint suggests the bound meant, where one fits the type.
func boundHint(name, typ string) string {
	switch {
	case typ == "object" && strings.HasSuffix(name, "Items"):
		return ": bound a map's entries with " + strings.TrimSuffix(name, "Items") + "Properties"
	case typ == "array" && strings.HasSuffix(name, "Length"):
		return ": bound the items' length with items:" + name
	}
	return ""
}

// valueMarkers are the markers that take one value and are nothing
// without it (+kubebuilder:default= is an error, as in controller-gen).
var valueMarkers = []string{
	"Minimum", "Maximum", "MultipleOf", "MinLength", "MaxLength", "Pattern", "MinItems", "MaxItems",
	"MinProperties", "MaxProperties", "Enum", "Format", "Type",
	"kubebuilder:default", "kubebuilder:example", "kubebuilder:title", "default", "listType", "listMapKey",
	"mapType", "structType", "k8s:listType", "k8s:listMapKey",
}

// missingValue returns an error for a marker that takes one value and is
// given none.
func missingValue(m marker) error {
	if m.value != "" || ignoredForm(m) || !slices.Contains(valueMarkers, boundName(m.name)) {
		return nil
	}
	return fmt.Errorf("no value: write +%s=<value>", m.name)
}

// topologyValues are the values the list, map and struct type markers
// take, as the API server (and controller-gen) accept them.
var topologyValues = map[string][]string{
	"listType": {"atomic", "set", "map"}, "k8s:listType": {"atomic", "set", "map"},
	"mapType": {"atomic", "granular"}, "structType": {"atomic", "granular"},
}

// badTopology returns an error for a list, map or struct type marker with
// a value the API server does not know.
func badTopology(m marker) error {
	allowed, ok := topologyValues[m.name]
	if !ok || slices.Contains(allowed, m.value) {
		return nil
	}
	return fmt.Errorf("%q is no %s: write one of %s", m.value, m.name, strings.Join(allowed, ", "))
}
