package tags

import (
	"fmt"
	"strings"
)

// Parser reads a tag's value, written at scope, into a T; its error says
// what is wrong with the value (the tag's name is added by the caller).
type Parser[T any] func(scope Scope, value string) (T, error)

// Typed is a declared tag with the parser of its value: generators put its
// Definition in their Registry (which checks it) and read its values, as
// T, through it.
type Typed[T any] struct {
	def   Definition
	parse Parser[T]
}

// Declare returns the handle of the tag def whose values parse reports;
// def's own Parse is replaced by parse.
func Declare[T any](def Definition, parse Parser[T]) Typed[T] {
	def.Parse = Untyped(parse)
	return Typed[T]{def: def, parse: parse}
}

// Definition returns the tag's declaration, for a Registry's Definitions.
func (t Typed[T]) Definition() Definition { return t.def }

// Name returns the tag's name without its "+", e.g. "groupName".
func (t Typed[T]) Name() string { return t.def.Name }

// Lookup returns the value of the tag's first occurrence in lines, written
// at scope; false when the tag is absent. A value that does not parse is
// an error naming the tag, as Registry.Check reports it.
func (t Typed[T]) Lookup(lines []string, scope Scope) (T, bool, error) {
	for _, tag := range t.find(lines) {
		v, err := t.parse(scope, tag.Value)
		if err != nil {
			var zero T
			return zero, true, fmt.Errorf("+%s: %v", t.def.Name, err)
		}
		return v, true, nil
	}
	var zero T
	return zero, false, nil
}

// Get returns the value of the tag's first occurrence in lines, written at
// scope; false when the tag is absent or its value does not parse. Read
// lines that passed Registry.Check, where every value parses; use Lookup
// where a bad value must be told from an absent one.
func (t Typed[T]) Get(lines []string, scope Scope) (T, bool) {
	v, ok, err := t.Lookup(lines, scope)
	if err != nil {
		var zero T
		return zero, false
	}
	return v, ok
}

// All returns the values of every occurrence of the tag in lines, written
// at scope, in order (a repeatable tag's); the first value that does not
// parse is an error naming the tag.
func (t Typed[T]) All(lines []string, scope Scope) ([]T, error) {
	var out []T
	for _, tag := range t.find(lines) {
		v, err := t.parse(scope, tag.Value)
		if err != nil {
			return nil, fmt.Errorf("+%s: %v", t.def.Name, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func (t Typed[T]) find(lines []string) []Tag {
	return find(lines, func(name string) bool { return name == t.def.Name })
}

// Untyped turns a Parser into a Definition's Parse.
func Untyped[T any](parse Parser[T]) func(Scope, string) (any, error) {
	return func(scope Scope, value string) (any, error) { return parse(scope, value) }
}

// String accepts any value, as it is written.
func String(_ Scope, value string) (string, error) { return value, nil }

// Bool accepts "true" and "false".
func Bool(scope Scope, value string) (bool, error) {
	v, err := OneOf("true", "false")(scope, value)
	return v == "true", err
}

// OneOf returns a Parser that accepts exactly the given values.
func OneOf(values ...string) Parser[string] {
	return func(scope Scope, value string) (string, error) {
		for _, v := range values {
			if v == value {
				return value, nil
			}
		}
		return value, fmt.Errorf("unsupported value %q on a %s (want %s)", value, scope, strings.Join(quoteAll(values), " or "))
	}
}

// List accepts a comma-separated list and returns its elements as written
// (not trimmed; "" gives one empty element).
func List(_ Scope, value string) ([]string, error) { return strings.Split(value, ","), nil }

func quoteAll(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}
