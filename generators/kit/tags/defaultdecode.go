package tags

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/gengo/v2/types"
)

// CheckDefaultDecoded checks the JSON literal of a +default value the way
// defaulter-gen's code uses it, beyond CheckDefault's kinds. When goLiteral
// is true the value (of a primitive type, through pointers) is written as a
// Go constant, so a number must be representable in its type and a string
// must be a Go string literal as written. Otherwise the code decodes it with
// encoding/json, which panics on what does not decode: each key of an object
// for a struct must name a field that takes its value (json names, matched
// as encoding/json does, through embedded structs), an integer must be
// written without fraction or exponent, and the values of Quantity, Duration,
// Time and MicroTime must parse. A key that names no field is dropped by the
// decoding; each is a warning. The error says what does not fit.
func CheckDefaultDecoded(literal string, t *types.Type, goLiteral bool) (warnings []string, err error) {
	if _, err := DefaultJSON(literal); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(strings.NewReader(literal))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err // cannot happen: the literal is JSON
	}
	d := &decoding{goLiteral: goLiteral}
	c := &defaultCheck{literal: literal, decode: d}
	if reason := c.fit(v, t, 0); reason != "" {
		return d.warnings, fmt.Errorf("%s %s%s", literal, d.explain(reason), d.fixFor(c, v, t, reason))
	}
	if s, ok := v.(string); ok && goLiteral {
		if _, err := strconv.Unquote(literal); err != nil {
			return d.warnings, fmt.Errorf("%s is a JSON string that is no Go string literal as written (Go has no \\/ escape and no \\u escape of half a surrogate pair), and defaulter-gen writes it into the code: write +default=%s", literal, strconv.Quote(s))
		}
	}
	return d.warnings, nil
}

// explain adds to why a value does not fit that the code panics on it,
// when it does.
func (d *decoding) explain(reason string) string {
	if d.panics {
		return reason + "; the generated code's json.Unmarshal would panic on it"
	}
	return reason
}

// fixFor returns what to write instead of the value v of type t that does
// not fit for reason: the fix of the key and value inside it that do not,
// the obvious fix of a scalar, or an example of t's kind ("" when none
// fits the message).
func (d *decoding) fixFor(c *defaultCheck, v any, t *types.Type, reason string) string {
	fix := ""
	switch v.(type) {
	case map[string]any, []any: // quoting a whole object is no fix
	default:
		fix = c.instead(plain(v), t)
	}
	switch {
	case d.fix != "":
		return ": write " + d.fix
	case d.panics, strings.HasPrefix(reason, "has "):
		return fix
	case fix == "":
		return example(t)
	}
	return fix
}

// decoding is what a check of a value that defaulter-gen's code uses
// needs beyond its kind.
type decoding struct {
	// goLiteral says the value is written as a Go constant, not decoded.
	goLiteral bool
	// warnings are the keys the decoding drops.
	warnings []string
	// panics says the value that does not fit makes json.Unmarshal fail
	// (a struct's field, a decoded integer, a map key); fix is what to
	// write instead of a struct's key and value, when there is a fix.
	panics bool
	fix    string
}

// suggest returns what to write instead of the value v of a struct's key k
// that does not fit type t, or "".
func suggest(k string, v any, t *types.Type) string {
	if n, ok := v.(json.Number); ok && strings.ContainsAny(string(n), ".eE") {
		if x, ok := new(big.Rat).SetString(string(n)); ok && x.IsInt() {
			return fmt.Sprintf("%q: %s", k, x.Num())
		}
	}
	fix := (&defaultCheck{literal: compact(v)}).instead(plain(v), t)
	if fix == "" {
		if lit := exampleLiteral(t); lit != "" {
			return fmt.Sprintf("e.g. %q: %s", k, lit)
		}
		return ""
	}
	return fmt.Sprintf("%q: %s", k, strings.TrimPrefix(fix, ": write +default="))
}

// plain turns a json.Number into the float64 encoding/json decodes it to.
func plain(v any) any {
	if n, ok := v.(json.Number); ok {
		f, _ := n.Float64()
		return f
	}
	return v
}

// number returns why the number text n, which is of the right kind, is no
// value of the builtin type named name, or "".
func (d *decoding) number(n json.Number, name, shown string) string {
	text := string(n)
	if strings.HasPrefix(name, "float") {
		if _, err := strconv.ParseFloat(text, bitsOf(name)); errors.Is(err, strconv.ErrRange) {
			return fmt.Sprintf("is out of the range of type %s", shown)
		}
		return ""
	}
	r := intRange(name)
	if r == nil {
		return ""
	}
	if !d.goLiteral {
		if _, ok := new(big.Int).SetString(text, 10); !ok {
			d.panics = true
			return fmt.Sprintf("has a fraction or an exponent, and encoding/json decodes type %s only from a plain integer", shown)
		}
	}
	x, ok := new(big.Rat).SetString(text)
	if !ok || !x.IsInt() {
		return fmt.Sprintf("is not an integer, and type %s needs one", shown)
	}
	lo, hi := integerBounds(name)
	if x.Num().Cmp(lo) < 0 || x.Num().Cmp(hi) > 0 {
		return fmt.Sprintf("is out of the range of type %s (%s to %s)", shown, lo, hi)
	}
	return ""
}

// integerBounds returns the exact least and greatest values of an integer
// type.
func integerBounds(name string) (lo, hi *big.Int) {
	bits := uint(bitsOf(name))
	one := big.NewInt(1)
	if strings.HasPrefix(name, "u") || name == "byte" {
		return new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
	}
	hi = new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
	return new(big.Int).Neg(new(big.Int).Lsh(one, bits-1)), hi
}

// bitsOf returns the size in bits of a numeric builtin type.
func bitsOf(name string) int {
	switch name {
	case "int8", "uint8", "byte":
		return 8
	case "int16", "uint16":
		return 16
	case "int32", "uint32", "rune", "float32":
		return 32
	}
	return 64
}

// custom checks v against a type that decodes itself, once its kind fits:
// the value must parse as the type's decoder parses it. Without decoding
// (d nil) it passes.
func (d *decoding) custom(v any, t *types.Type) string {
	if d == nil {
		return ""
	}
	const meta = "k8s.io/apimachinery/pkg/apis/meta/v1"
	s, isString := v.(string)
	n, isNumber := v.(json.Number)
	var err error
	switch t.Name {
	case types.Name{Package: "k8s.io/apimachinery/pkg/api/resource", Name: "Quantity"}:
		if isNumber {
			s, isString = string(n), true
		}
		if isString {
			_, err = resource.ParseQuantity(strings.TrimSpace(s))
		}
	case types.Name{Package: "k8s.io/apimachinery/pkg/util/intstr", Name: "IntOrString"}:
		if isNumber {
			if _, perr := strconv.ParseInt(string(n), 10, 32); perr != nil {
				return "is no int32 written as a plain integer, and type IntOrString takes a string or one"
			}
		}
	case types.Name{Package: meta, Name: "Duration"}:
		_, err = time.ParseDuration(s)
	case types.Name{Package: meta, Name: "Time"}, types.Name{Package: meta, Name: "MicroTime"}:
		if s != "" {
			_, err = time.Parse(time.RFC3339Nano, s)
		}
	}
	if err != nil {
		return fmt.Sprintf("does not parse as a %s (%v), and the generated code would panic on it", t.Name.Name, err)
	}
	return ""
}

// example returns ": write e.g. +default=<literal>" with a literal of t's
// kind, or "".
func example(t *types.Type) string {
	if lit := exampleLiteral(t); lit != "" {
		return ": write e.g. +default=" + lit
	}
	return ""
}

// exampleLiteral returns a JSON literal of t's kind (through pointers and
// named types), or "".
func exampleLiteral(t *types.Type) string {
	for t.Kind == types.Pointer || t.Kind == types.Alias && t.Underlying != nil {
		if _, ok := selfDecoder(t.Name); ok {
			break
		}
		if t.Kind == types.Pointer {
			t = t.Elem
		} else {
			t = t.Underlying
		}
	}
	const meta = "k8s.io/apimachinery/pkg/apis/meta/v1"
	switch t.Name {
	case types.Name{Package: "k8s.io/apimachinery/pkg/api/resource", Name: "Quantity"}:
		return `"1Gi"`
	case types.Name{Package: "k8s.io/apimachinery/pkg/util/intstr", Name: "IntOrString"}:
		return "8080"
	case types.Name{Package: meta, Name: "Duration"}:
		return `"1m30s"`
	case types.Name{Package: meta, Name: "Time"}, types.Name{Package: meta, Name: "MicroTime"}:
		return `"2006-01-02T15:04:05Z"`
	}
	switch name := t.Name.Name; {
	case t.Kind == types.Slice || t.Kind == types.Array:
		return "[]"
	case t.Kind == types.Map || t.Kind == types.Struct:
		return "{}"
	case t.Kind != types.Builtin:
		return ""
	case name == "string":
		return `"text"`
	case name == "bool":
		return "true"
	case strings.HasPrefix(name, "float"):
		return "0.5"
	case intRange(name) != nil:
		return "0"
	}
	return ""
}
