package crd

import (
	"fmt"
	"strconv"
	"strings"
)

// marker is one controller-gen marker comment: +name, +name=value or
// +name:arg=value,arg=value.
type marker struct {
	// name is the marker's registered name, e.g.
	// "kubebuilder:validation:MaxLength".
	name string
	// value is what follows "=" (the anonymous argument), args the named
	// arguments.
	value string
	args  map[string]string
	// line is the comment line, without its "+".
	line string
}

// fieldMarkers are the markers that shape a field's or a type's schema
// and that the generator writes; typeMarkers those of a kind's type;
// packageMarkers those of a package.
var (
	fieldMarkers = append(validationMarkers(), "kubebuilder:validation:Required", "kubebuilder:validation:Optional",
		"kubebuilder:validation:Nullable", "kubebuilder:validation:ExactlyOneOf", "kubebuilder:validation:AtMostOneOf",
		"kubebuilder:validation:AtLeastOneOf", "kubebuilder:validation:EmbeddedResource", "kubebuilder:validation:Schemaless",
		"kubebuilder:default", "kubebuilder:title", "kubebuilder:example", "kubebuilder:pruning:PreserveUnknownFields",
		"kubebuilder:externalDocs", "optional", "required", "listType", "listMapKey", "mapType", "structType", "default", "nullable",
		"k8s:immutable", "k8s:optional", "k8s:required", "k8s:maxItems", "k8s:minimum", "k8s:maximum", "k8s:listType",
		"k8s:listMapKey", "k8s:enum")
	typeMarkers    = []string{"kubebuilder:unservedversion", "kubebuilder:selectablefield", "kubebuilder:resource", "kubebuilder:subresource:status", "kubebuilder:storageversion", "kubebuilder:object:root", "kubebuilder:printcolumn", "kubebuilder:deprecatedversion", "kubebuilder:metadata", "kubebuilder:subresource:scale"}
	packageMarkers = []string{"groupName", "versionName", "kubebuilder:skip", "kubebuilder:validation:Optional", "kubebuilder:validation:Required"}
)

// validationMarkers returns controller-gen's +kubebuilder:validation:
// markers that a field, a type and (with items:) a list's items take.
func validationMarkers() []string {
	var out []string
	for _, name := range []string{"Maximum", "Minimum", "ExclusiveMaximum", "ExclusiveMinimum", "MultipleOf",
		"MinProperties", "MaxProperties", "MaxLength", "MinLength", "Pattern", "MaxItems", "MinItems", "UniqueItems",
		"Enum", "Format", "Type", "XPreserveUnknownFields", "XEmbeddedResource", "XIntOrString", "XValidation"} {
		out = append(out, "kubebuilder:validation:"+name, itemsPrefix+name)
	}
	return out
}

// parseMarkers returns the markers among comment lines whose names are in
// known.
func parseMarkers(lines []string, known []string) (found []marker) {
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		if !strings.HasPrefix(line, "+") {
			continue
		}
		line = line[1:]
		name := markerName(line, known)
		if name == "" {
			continue
		}
		m := marker{name: name, line: line}
		rest := line[len(name):]
		switch {
		case strings.HasPrefix(rest, "="):
			m.value = rest[1:]
		case strings.HasPrefix(rest, ":="): // the anonymous argument, written as a named one
			m.value = rest[2:]
		case strings.HasPrefix(rest, ":"):
			m.args = splitArgs(rest[1:])
		}
		found = append(found, m)
	}
	return found
}

// markerName returns the longest name of names that line is a marker of.
func markerName(line string, names []string) string {
	best := ""
	for _, n := range names {
		if len(n) <= len(best) || !strings.HasPrefix(line, n) {
			continue
		}
		if rest := line[len(n):]; rest == "" || rest[0] == '=' || rest[0] == ':' {
			best = n
		}
	}
	return best
}

// splitArgs splits "a=1,b="x,y",c={p,q}" into its named arguments; an
// argument without "=" is a flag, "true".
func splitArgs(s string) map[string]string {
	args := map[string]string{}
	for s != "" {
		end := argEnd(s)
		arg := strings.TrimSpace(s[:end])
		if k, v, ok := strings.Cut(arg, "="); ok {
			args[strings.TrimSpace(k)] = v
		} else {
			args[arg] = "true"
		}
		s = strings.TrimPrefix(s[end:], ",")
	}
	return args
}

// argEnd returns where the first argument of s ends: at a comma outside
// quotes and braces.
func argEnd(s string) int {
	at, _, _ := scanOutsideQuotes(s, func(_ int, c byte, depth int) bool { return c == ',' && depth == 0 })
	if at < 0 {
		return len(s)
	}
	return at
}

// scanOutsideQuotes calls visit with each byte of s that is outside
// quotes ("..." with escapes, or `...`) and the depth of braces after it,
// until visit returns true. It returns that byte's index (-1 when visit
// never did), the depth of braces at the end, and whether s ends inside
// a quote.
func scanOutsideQuotes(s string, visit func(i int, c byte, depth int) bool) (at, depth int, open bool) {
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		case c == '"' || c == '`':
			quote = c
			continue
		case c == '{':
			depth++
		case c == '}':
			depth--
		}
		if visit(i, c, depth) {
			return i, depth, false
		}
	}
	return -1, depth, quote != 0
}

// stringValue reads a marker's string value: quoted ("..." or `...`) or
// bare.
func stringValue(v string) (string, error) {
	v = strings.TrimSpace(v)
	switch {
	case strings.HasPrefix(v, "`") && strings.HasSuffix(v, "`") && len(v) >= 2:
		return v[1 : len(v)-1], nil
	case strings.HasPrefix(v, `"`):
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", fmt.Errorf("%s is not a valid quoted string", v)
		}
		return s, nil
	}
	return v, nil
}

// listValue reads a marker's list value: {a,b,c} or a;b;c.
func listValue(v string) []string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "{") && strings.HasSuffix(v, "}") {
		v = v[1 : len(v)-1]
		var out []string
		for v != "" {
			end := argEnd(v)
			out = append(out, strings.TrimSpace(v[:end]))
			v = strings.TrimPrefix(v[end:], ",")
		}
		return out
	}
	return strings.Split(strings.TrimSuffix(v, ";"), ";") // "a;b;" is a and b, as controller-gen reads it
}
