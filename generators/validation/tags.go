package validation

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// scope is where a validation tag is written, named as --docs names it.
type scope string

const (
	scopeType    scope = "type definitions"
	scopeField   scope = "struct fields"
	scopeListVal scope = "list values"
	scopeMapKey  scope = "map keys"
	scopeMapVal  scope = "map values"
	scopeConst   scope = "constant values"
)

// tagContext is the place a tag is read at.
type tagContext struct {
	scope scope
	// t is the type of the values the tag validates.
	t *types.Type
	// path names the place, e.g. "<pkg>.Struct.listField" or "<pkg>.T".
	path string
	// parentPath names the list or map of a value.
	parentPath string
	// selector is the item +k8s:item selects, at its list value scope.
	selector []criterion
	// member is the field, at field scope.
	member *types.Member
	// parent is the struct of the field, or the list or map of the value.
	parent *types.Type
	// level is the stability an enclosing +k8s:alpha or +k8s:beta gives.
	level stability
	// at maps a comment line (after its "+") to its position.
	at func(line string) token.Position
	// line is the comment line of the outermost tag being read.
	line string
}

// pos is the position of the tag being read.
func (c tagContext) pos() token.Position {
	if c.at == nil {
		return token.Position{}
	}
	return c.at(c.line)
}

// tagDoc is one tag's entry in --docs, which also declares the tag's
// scopes, arguments and value for checking.
type tagDoc struct {
	Tag              string
	StabilityLevel   string
	Args             []argDoc `json:",omitempty"`
	Usage            string
	Description      string
	Docs             string
	Warning          string `json:",omitempty"`
	Scopes           []scope
	Payloads         []payloadDoc       `json:",omitempty"`
	PayloadsType     codetags.ValueType `json:",omitempty"`
	PayloadsRequired bool               `json:",omitempty"`
	// AcceptsUnknownArgs lets the tag take arguments it does not declare.
	AcceptsUnknownArgs bool `json:",omitempty"`
}

// argDoc documents one argument of a tag.
type argDoc struct {
	Name        string
	Description string
	Type        codetags.ArgType
	Required    bool
	Default     string
	Docs        string
}

// payloadDoc documents one form of a tag's value.
type payloadDoc struct {
	Description string
	Docs        string
}

//go:embed tagdocs.json
var tagDocsJSON []byte

// readTagDocs returns the documentation of every tag, by name.
func readTagDocs() (map[string]*tagDoc, []tagDoc, error) {
	var docs []tagDoc
	if err := json.Unmarshal(tagDocsJSON, &docs); err != nil {
		return nil, nil, err
	}
	byName := map[string]*tagDoc{}
	for i := range docs {
		byName[docs[i].Tag] = &docs[i]
	}
	return byName, docs, nil
}

// hasScope reports whether the tag may be written at s.
func (d *tagDoc) hasScope(s scope) bool { return slices.Contains(d.Scopes, s) }

// parsedTag is one tag line parsed, with the line it is on.
type parsedTag struct {
	tag  codetags.Tag
	line string
}

// tagLines parses the validation tags of comment lines, sorted by name
// (each name's tags in the order written), as upstream applies them.
func (p *plan) tagLines(lines []string, at func(string) token.Position) ([]parsedTag, error) {
	var out []parsedTag
	for _, l := range lines {
		var name, line string
		for n, ls := range codetags.Extract("+", []string{l}) {
			name, line = n, ls[0]
		}
		if p.docs[name] == nil {
			continue
		}
		tag, err := codetags.Parse(line)
		if err != nil {
			return nil, p.fail(at(line), "+%s: %v", name, err)
		}
		out = append(out, parsedTag{tag: tag, line: line})
	}
	slices.SortStableFunc(out, func(a, b parsedTag) int { return cmp.Compare(a.tag.Name, b.tag.Name) })
	return out, nil
}

// extract returns the validations the tags of lines ask for at ctx.
func (p *plan) extract(ctx tagContext, lines []string) (validations, error) {
	tags, err := p.tagLines(lines, ctx.at)
	if err != nil {
		return validations{}, err
	}
	var out validations
	for _, pt := range tags {
		ctx.line = pt.line
		v, err := p.apply(ctx, pt.tag)
		if err != nil {
			return validations{}, err
		}
		out.add(v)
	}
	return out.resolve()
}

// apply checks one tag against its documentation and returns what it
// asks for.
func (p *plan) apply(ctx tagContext, tag codetags.Tag) (validations, error) {
	doc := p.docs[tag.Name]
	if doc == nil {
		return validations{}, p.fail(ctx.pos(), "+%s is not a validation tag", tag.Name)
	}
	if !doc.hasScope(ctx.scope) {
		return validations{}, p.fail(ctx.pos(), "+%s cannot be written on %s (only on %s)", tag.Name, ctx.scope, scopeList(doc.Scopes))
	}
	if err := checkTag(tag, doc); err != nil {
		return validations{}, p.fail(ctx.pos(), "+%s: %v", tag.Name, err)
	}
	h := p.handlers[tag.Name]
	if h == nil {
		return validations{}, p.fail(ctx.pos(), "+%s is not supported by gengokit's validation-gen yet", tag.Name)
	}
	v, err := h(ctx, tag)
	if err != nil {
		return validations{}, p.fail(ctx.pos(), "+%s: %v", tag.Name, err)
	}
	return p.positioned(v, ctx.pos(), tag.Name), nil
}

// positioned returns v with the errors of its deferred validations
// reported at the tag that asked for them.
func (p *plan) positioned(v validations, pos token.Position, name string) validations {
	at := func(ds []deferred) []deferred {
		out := make([]deferred, len(ds))
		for i, d := range ds {
			out[i] = func() (validations, error) {
				r, err := d()
				if err != nil && !diag.Positioned(err) {
					err = p.fail(pos, "+%s: %v", name, err)
				}
				return r, err
			}
		}
		return out
	}
	v.deferred, v.parent = at(v.deferred), at(v.parent)
	return v
}

// scopeList names scopes for a message, e.g. "struct fields or list values".
func scopeList(ss []scope) string {
	names := make([]string, len(ss))
	for i, s := range ss {
		names[i] = string(s)
	}
	return strings.Join(names, " or ")
}

// checkTag checks a tag's arguments and value against its documentation.
func checkTag(tag codetags.Tag, doc *tagDoc) error {
	for _, want := range doc.Args {
		got, ok := tag.NamedArg(want.Name)
		if want.Name == "" {
			got, ok = tag.PositionalArg()
		}
		switch {
		case ok && got.Type != want.Type:
			return fmt.Errorf("argument %s is a %s, want a %s", argLabel(want.Name), got.Type, want.Type)
		case !ok && want.Required && want.Name == "":
			return fmt.Errorf("missing its argument (a %s): write +%s(<%s>)", want.Type, tag.Name, want.Type)
		case !ok && want.Required:
			return fmt.Errorf("missing argument %q (a %s)", want.Name, want.Type)
		}
	}
	for _, a := range tag.Args {
		if !doc.AcceptsUnknownArgs && !slices.ContainsFunc(doc.Args, func(d argDoc) bool { return d.Name == a.Name }) {
			return fmt.Errorf("takes no argument %s (it takes %s)", argLabel(a.Name), argNames(doc.Args))
		}
	}
	switch {
	case tag.ValueType == codetags.ValueTypeNone && doc.PayloadsRequired:
		return fmt.Errorf("needs a value (a %s)", doc.PayloadsType)
	case tag.ValueType != codetags.ValueTypeNone && doc.PayloadsType != codetags.ValueTypeRaw && tag.ValueType != doc.PayloadsType:
		if doc.PayloadsType == "" {
			return fmt.Errorf("takes no value")
		}
		return fmt.Errorf("value is a %s, want a %s", tag.ValueType, doc.PayloadsType)
	}
	return nil
}

func argLabel(name string) string {
	if name == "" {
		return "(positional)"
	}
	return fmt.Sprintf("%q", name)
}

func argNames(args []argDoc) string {
	if len(args) == 0 {
		return "none"
	}
	names := make([]string, len(args))
	for i, a := range args {
		names[i] = argLabel(a.Name)
	}
	return strings.Join(names, ", ")
}
