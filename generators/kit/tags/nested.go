package tags

import (
	"errors"
	"fmt"
	"go/token"
	"strconv"
	"strings"
	"unicode/utf8"

	"k8s.io/gengo/v2/codetags"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// ArgType is the type of a tag argument's value: ArgString, ArgInt or
// ArgBool (an identifier, e.g. a feature gate's name, is a string).
type ArgType = codetags.ArgType

const (
	// ArgString is a quoted string or an identifier.
	ArgString = codetags.ArgTypeString
	// ArgInt is an integer (decimal, 0x, 0o or 0b).
	ArgInt = codetags.ArgTypeInt
	// ArgBool is true or false.
	ArgBool = codetags.ArgTypeBool
)

// ValueType is the type of a parsed tag's value, e.g. codetags.ValueTypeTag.
type ValueType = codetags.ValueType

// Arg is one argument of a parsed tag, e.g. type: "Foo" in
// +k8s:item(type: "Foo").
type Arg struct {
	// Name is the argument's name; empty for the positional argument.
	Name string
	// Value is the value, unquoted.
	Value string
	// Type is the value's type.
	Type ArgType
}

// ArgDecl declares an argument a tag takes (see Definition.Args).
type ArgDecl struct {
	// Name is the argument's name; empty for the positional argument.
	Name string
	// Type is the type its value must have.
	Type ArgType
	// Optional says the argument may be left out.
	Optional bool
}

// Parsed is one tag parsed with the nested grammar of Kubernetes'
// declarative validation: a name, arguments, and a value that may itself
// be a tag, e.g. +k8s:ifEnabled(Gate)=+k8s:maximum=10.
type Parsed struct {
	// Name is the tag's name without its "+".
	Name string
	// Args are the arguments, as written.
	Args []Arg
	// Value is the scalar value (unquoted); empty with no value or a tag value.
	Value string
	// ValueType is the value's type (none, string, int, bool or tag).
	ValueType ValueType
	// ValueTag is the tag value, or nil.
	ValueTag *Parsed
	// Line is the comment line (after its "+") the outermost tag is on.
	Line string
	// Offset is how many columns the tag's "+" is right of the line's "+".
	Offset int
}

// Arg returns the argument named name ("" for the positional one).
func (p *Parsed) Arg(name string) (Arg, bool) {
	for _, a := range p.Args {
		if a.Name == name {
			return a, true
		}
	}
	return Arg{}, false
}

// At returns the position of the tag's "+", where mapping its line to the
// position of the line's "+" (e.g. source.Index.TypeTag).
func (p *Parsed) At(where func(line string) token.Position) token.Position {
	pos := where(p.Line)
	pos.Column += p.Offset
	return pos
}

// SyntaxError is a tag line that does not parse with the nested grammar.
type SyntaxError struct {
	// Offset is how many columns the problem is right of the line's "+".
	Offset int
	// Msg says what is wrong.
	Msg string
}

// Error returns the message.
func (e *SyntaxError) Error() string { return e.Msg }

// ParseLine parses one tag line, as written after its "+" (e.g.
// `k8s:item(type: "Foo")=+k8s:required`), with the nested grammar; an
// error is a *SyntaxError.
func ParseLine(line string) (*Parsed, error) {
	t, err := codetags.Parse(line)
	if err != nil {
		return nil, &SyntaxError{Offset: errorOffset(line, err.Error()), Msg: err.Error()}
	}
	return convert(t, line, 0), nil
}

// convert turns codetags' tag, whose "+" is offset columns right of the
// line's, into a Parsed.
func convert(t codetags.Tag, line string, offset int) *Parsed {
	p := &Parsed{Name: t.Name, Value: t.Value, ValueType: t.ValueType, Line: line, Offset: offset}
	for _, a := range t.Args {
		p.Args = append(p.Args, Arg{Name: a.Name, Value: a.Value, Type: a.Type})
	}
	if t.ValueTag != nil {
		p.Value = ""
		p.ValueTag = convert(*t.ValueTag, line, nestedOffset(line, offset, t.ValueTag.Name))
	}
	return p
}

// nestedOffset finds the "+" of a tag value named name, after the tag
// whose "+" is at offset.
func nestedOffset(line string, offset int, name string) int {
	from := max(offset-1, 0)
	if i := strings.Index(line[from:], "=+"+name); i >= 0 {
		return from + i + 2
	}
	return offset
}

// errorOffset turns codetags' "at position N" (runes into the trimmed
// line; an unexpected character was consumed already) into columns right
// of the line's "+"; 0 when the error names no position.
func errorOffset(line, msg string) int {
	i := strings.LastIndex(msg, " at position ")
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(msg[i+len(" at position "):])
	if err != nil {
		return 0
	}
	if strings.HasPrefix(msg, "unexpected character") {
		n--
	}
	trimmed := strings.TrimLeft(line, " \t")
	col := 1 + len(line) - len(trimmed)
	for k := 0; k < n && trimmed != ""; k++ {
		_, size := utf8.DecodeRuneInString(trimmed)
		col += size
		trimmed = trimmed[size:]
	}
	return col
}

// lineError is a problem offset columns right of a tag line's "+".
type lineError struct {
	offset int
	msg    string
}

func (e *lineError) Error() string { return e.msg }

// at returns the position of a problem with the tag on line.
func at(where func(line string) token.Position, line string, err error) token.Position {
	pos := where(line)
	var le *lineError
	if errors.As(err, &le) && le.offset > 0 {
		pos.Column += le.offset
	}
	return pos
}

// ParseAll parses every tag of the registry in lines with the nested
// grammar, written at scope, checked against the declarations; every
// problem is an error at its file:line:col (where maps a tag line to the
// position of its "+").
func (r *Registry) ParseAll(lines []string, scope Scope, where func(line string) token.Position) ([]*Parsed, error) {
	errs := &diag.List{}
	var out []*Parsed
	for _, t := range r.Find(lines) {
		p, err := r.parseChecked(t.Line, scope)
		if err != nil {
			errs.Add(diag.Errorf(at(where, t.Line, err), "%s", err))
			continue
		}
		out = append(out, p)
	}
	return out, errs.Err()
}

// parseChecked parses a tag line with the nested grammar and checks it.
func (r *Registry) parseChecked(line string, scope Scope) (*Parsed, error) {
	p, err := ParseLine(line)
	if err != nil {
		var se *SyntaxError
		errors.As(err, &se)
		name, _ := splitName(line)
		return nil, &lineError{se.Offset, fmt.Sprintf("cannot parse +%s: %s", name, se.Msg)}
	}
	return p, r.checkParsed(p, scope)
}

func splitName(line string) (string, string) {
	line = strings.TrimSpace(line)
	if i := strings.IndexAny(line, "=( \t"); i >= 0 {
		return line[:i], line[i:]
	}
	return line, ""
}

// checkParsed checks a parsed tag, and its tag value, against the
// registry: declared, allowed at scope, its arguments and its value.
func (r *Registry) checkParsed(p *Parsed, scope Scope) error {
	def := r.Lookup(p.Name)
	fail := func(format string, args ...any) error {
		return &lineError{p.Offset, fmt.Sprintf(format, args...)}
	}
	switch {
	case def == nil:
		return fail("unknown tag +%s%s", p.Name, r.suggest(p.Name))
	case def.Scopes&scope == 0:
		return fail("+%s is not allowed on a %s; it belongs on a %s", p.Name, scope, def.Scopes)
	}
	if err := checkArgs(def.Args, p.Args); err != nil {
		return fail("+%s: %v (want %s)", p.Name, err, def.Usage())
	}
	switch {
	case p.ValueTag != nil && !def.TagValue:
		return fail("+%s takes no tag as its value (want %s)", p.Name, def.Usage())
	case p.ValueTag == nil && def.TagValue:
		return fail("+%s takes a tag as its value (want %s)", p.Name, def.Usage())
	case p.ValueTag != nil:
		return r.checkParsed(p.ValueTag, scope)
	case def.Parse != nil:
		if _, err := def.Parse(scope, p.Value); err != nil {
			return fail("+%s: %v", p.Name, err)
		}
	}
	return nil
}

// checkArgs checks written arguments against a tag's declared ones.
func checkArgs(decls []ArgDecl, args []Arg) error {
	if len(decls) == 0 && len(args) > 0 {
		return fmt.Errorf("takes no arguments")
	}
	for _, a := range args {
		d, ok := findArg(decls, a.Name)
		switch {
		case !ok && a.Name == "":
			return fmt.Errorf("takes no positional argument")
		case !ok:
			return fmt.Errorf("unknown argument %q", a.Name)
		case d.Type != a.Type:
			return fmt.Errorf("argument %s is a %s, want a %s", argName(a.Name), a.Type, d.Type)
		}
	}
	for _, d := range decls {
		if _, ok := findArgIn(args, d.Name); !ok && !d.Optional {
			return fmt.Errorf("missing argument %s", argName(d.Name))
		}
	}
	return nil
}

func findArg(decls []ArgDecl, name string) (ArgDecl, bool) {
	for _, d := range decls {
		if d.Name == name {
			return d, true
		}
	}
	return ArgDecl{}, false
}

func findArgIn(args []Arg, name string) (Arg, bool) {
	return (&Parsed{Args: args}).Arg(name)
}

func argName(name string) string {
	if name == "" {
		return "(positional)"
	}
	return strconv.Quote(name)
}
