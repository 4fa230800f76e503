package tags

import (
	"fmt"
	"go/token"
	"strings"
)

// Function is the scope of a tag on a hand-written function (e.g.
// +k8s:conversion-fn): no Definition declares it, generators read and
// check such tags themselves.
const Function Scope = 0

// Value is one occurrence of a tag in a comment, with its typed value.
type Value[T any] struct {
	// Val is the parsed value; the zero T when Err is set.
	Val T
	// Raw is the value as written after "=", as upstream reads it.
	Raw string
	// Line is the comment line after its "+", to position the tag with
	// a declaration's where function (e.g. source.Index.TypeTag).
	Line string
	// Err says why Raw does not parse, naming the tag; nil when it does.
	Err error
}

// At returns the position of the occurrence, found by where from its line.
func (v Value[T]) At(where func(line string) token.Position) token.Position {
	return where(v.Line)
}

// Each returns every occurrence of the tag in lines, written at scope, in
// order, each with its parsed value or its parse error: what a generator
// reads when it must keep upstream's reading of values the tag's parser
// rejects.
func (t Typed[T]) Each(lines []string, scope Scope) []Value[T] {
	var out []Value[T]
	for _, tag := range t.find(lines) {
		v, err := t.Parse(scope, tag.Value)
		out = append(out, Value[T]{Val: v, Raw: tag.Value, Line: tag.Line, Err: err})
	}
	return out
}

// Parse reads value, written at scope, as the tag's parser does; its error
// names the tag.
func (t Typed[T]) Parse(scope Scope, value string) (T, error) {
	v, err := t.parse(scope, value)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("+%s: %v", t.def.Name, err)
	}
	return v, nil
}

// Count returns how many times the tag is written in lines.
func (t Typed[T]) Count(lines []string) int { return len(t.find(lines)) }

// Count returns how many times the tag named name is written in lines.
func (r *Registry) Count(lines []string, name string) int {
	return len(find(lines, func(n string) bool { return n == name }))
}

// Enum returns a Parser that accepts exactly the given values of a
// generator's named mode type, e.g. Enum(modePackage, modeFalse).
func Enum[E ~string](values ...E) Parser[E] {
	return func(scope Scope, value string) (E, error) {
		for _, v := range values {
			if string(v) == value {
				return v, nil
			}
		}
		want := make([]string, len(values))
		for i, v := range values {
			want[i] = fmt.Sprintf("%q", string(v))
		}
		return E(value), fmt.Errorf("unsupported value %q on a %s (want %s)", value, scope, strings.Join(want, " or "))
	}
}

// PackagePath accepts a package's full import path: not empty, not
// relative, no blanks. It does not check that the package exists.
func PackagePath(_ Scope, value string) (string, error) {
	if value == "" || strings.HasPrefix(value, "./") || strings.HasPrefix(value, "../") || strings.ContainsAny(value, " \t") {
		return "", fmt.Errorf("%q is not an import path; write the package's full import path (e.g. k8s.io/api/core/v1)", value)
	}
	return value, nil
}

// JSON accepts a JSON value and returns it decoded (see DefaultJSON).
func JSON(_ Scope, value string) (any, error) { return DefaultJSON(value) }

// TrimmedList accepts a comma-separated list and returns its elements
// with blanks trimmed and empty elements dropped.
func TrimmedList(_ Scope, value string) ([]string, error) {
	var out []string
	for _, e := range strings.Split(value, ",") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out, nil
}
