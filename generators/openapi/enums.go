package openapi

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// tagEnum marks a string type whose constants are its only values.
const tagEnum = "enum"

// enumValue is one constant of an enum type.
type enumValue struct {
	name, value, comment string
}

// enum is a +enum type and its values.
type enum struct {
	values []enumValue
}

// enumSet holds every enum type of the universe, by name.
type enumSet map[types.Name]*enum

// findEnums returns the +enum string types of u with their constants.
func findEnums(u types.Universe, tag tags.Typed[string]) enumSet {
	str := u.Type(types.Name{Name: "string"})
	set := enumSet{}
	for _, pkg := range u {
		for _, t := range pkg.Types {
			if t.Kind == types.Alias && t.Underlying == str && has(tag, t.CommentLines) {
				set[t.Name] = &enum{}
			}
		}
	}
	for _, pkg := range u {
		for _, c := range pkg.Constants {
			if c.Underlying == nil || c.ConstValue == nil {
				continue
			}
			if e, ok := set[c.Underlying.Name]; ok {
				e.add(enumValue{name: c.Name.Name, value: *c.ConstValue, comment: strings.Join(c.CommentLines, " ")})
			}
		}
	}
	return set
}

// add adds v, unless a constant of the same value is there already: then
// the one with the longer comment (the smaller one, of equal lengths)
// stays, so that the result does not depend on the order constants come in.
func (e *enum) add(v enumValue) {
	for i, old := range e.values {
		if old.value != v.value {
			continue
		}
		if len(old.comment) < len(v.comment) || (len(old.comment) == len(v.comment) && old.comment > v.comment) {
			e.values[i] = v
		}
		return
	}
	e.values = append(e.values, v)
}

// of returns the enum a field of type t holds (through one pointer).
func (s enumSet) of(t *types.Type) (*enum, bool) {
	if t.Kind == types.Pointer {
		t = t.Elem
	}
	e, ok := s[t.Name]
	return e, ok
}

// sortedValues returns the values in the order of their Go literals.
func (e *enum) sortedValues() []string {
	out := make([]string, len(e.values))
	for i, v := range e.values {
		out[i] = v.value
	}
	sort.Slice(out, func(i, j int) bool { return strconv.Quote(out[i]) < strconv.Quote(out[j]) })
	return out
}

// descriptionLines returns the comment lines that list the values in a
// field's description: a blank line, a header, one line per value.
func (e *enum) descriptionLines() []string {
	if len(e.values) == 0 {
		return nil
	}
	var lines []string
	for _, v := range e.values {
		comment := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v.comment), v.name))
		lines = append(lines, fmt.Sprintf(" - `%q` %s", v.value, strings.Join(strings.FieldsFunc(comment, isSpace), " ")))
	}
	sort.Strings(lines)
	return append([]string{"", "Possible enum values:"}, lines...)
}

// isSpace reports whether r is white space as RE2's \s has it.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }
