package validation

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// variable is a package-level variable a validation needs, e.g. the set
// of an enum's values.
type variable struct {
	name  string
	value any
}

// setOf is a literal: sets.New of the named constants (of type t when
// there are none).
type setOf struct {
	t      *types.Type
	values []types.Name
}

// exclusionList is a literal: the values of the enum t that options
// exclude.
type exclusionList struct {
	t     *types.Type
	rules []exclusion
}

// exclusion says an enum value is excluded when an option is enabled
// (when true) or disabled.
type exclusion struct {
	value       types.Name
	option      string
	excludeWhen bool
}

// enumValue is one constant of an enum type.
type enumValue struct {
	name       types.Name
	value      string
	comment    string
	exclusions []exclusion
}

// enum is the handler of +k8s:enum: a string type whose values are the
// constants of that type, minus those +k8s:enumExclude takes out.
func (p *plan) enum(ctx tagContext, _ codetags.Tag) (validations, error) {
	if nativeType(ctx.t) != types.String {
		return validations{}, fmt.Errorf("can only be used on string types (%s)", typeChain(ctx.t))
	}
	values, err := p.enumValues(ctx.t)
	if err != nil {
		return validations{}, err
	}
	set := setOf{t: ctx.t}
	excl := exclusionList{t: ctx.t}
	for _, v := range values {
		set.values = append(set.values, v.name)
		excl.rules = append(excl.rules, v.exclusions...)
	}
	v := validations{vars: []variable{{name: "symbolsFor" + ctx.t.Name.Name, value: set}}}
	var exclusions any = rawExpr("nil")
	if len(excl.rules) > 0 {
		name := "exclusionsFor" + ctx.t.Name.Name
		v.vars = append(v.vars, variable{name: name, value: excl})
		exclusions = rawExpr(name)
	}
	c := call{fn: validateFn("Enum"), args: []any{rawExpr("symbolsFor" + ctx.t.Name.Name), exclusions}}
	v.calls = []call{c.emitting("FieldValueNotSupported", "", "")}
	return v, nil
}

// enumValues returns the constants of type t in the packages the run
// reads, sorted by name, one per value, with their exclusions.
func (p *plan) enumValues(t *types.Type) ([]*enumValue, error) {
	var values []*enumValue
	for _, c := range p.constantsOf(t) {
		v := &enumValue{name: c.Name, value: *c.ConstValue, comment: strings.Join(c.CommentLines, " ")}
		excluded, err := p.constExclusions(c, v)
		if err != nil {
			return nil, err
		}
		if !excluded {
			values = addEnumValue(values, v)
		}
	}
	slices.SortFunc(values, func(a, b *enumValue) int { return cmp.Compare(a.name.Name, b.name.Name) })
	for _, v := range values {
		slices.SortFunc(v.exclusions, func(a, b exclusion) int {
			if a.excludeWhen != b.excludeWhen {
				if a.excludeWhen {
					return 1
				}
				return -1
			}
			return cmp.Compare(a.option, b.option)
		})
	}
	return values, nil
}

// addEnumValue adds v unless a constant of the same value is there: of
// two, the one with the longer comment stays.
func addEnumValue(values []*enumValue, v *enumValue) []*enumValue {
	for i, e := range values {
		if e.value == v.value {
			if len(e.comment) < len(v.comment) || (len(e.comment) == len(v.comment) && e.comment > v.comment) {
				values[i] = v
			}
			return values
		}
	}
	return append(values, v)
}

// constExclusions reads a constant's tags: +k8s:enumExclude leaves it
// out, +k8s:ifEnabled/ifDisabled(<option>)=+k8s:enumExclude leaves it out
// under the option.
func (p *plan) constExclusions(c *types.Type, v *enumValue) (bool, error) {
	at := p.constTagPos(c)
	tags, err := p.tagLines(c.CommentLines, at)
	if err != nil {
		return false, err
	}
	excluded := false
	for _, pt := range tags {
		ctx := tagContext{scope: scopeConst, t: c.Underlying, path: c.Name.String(), at: at, line: pt.line}
		if _, err := p.apply(ctx, pt.tag); err != nil {
			return false, err
		}
		switch {
		case pt.tag.Name == "k8s:enumExclude":
			excluded = true
		case (pt.tag.Name == "k8s:ifEnabled" || pt.tag.Name == "k8s:ifDisabled") && pt.tag.ValueTag != nil && pt.tag.ValueTag.Name == "k8s:enumExclude":
			opt, _ := pt.tag.PositionalArg()
			v.exclusions = append(v.exclusions, exclusion{value: c.Name, option: opt.Value, excludeWhen: pt.tag.Name == "k8s:ifEnabled"})
		}
	}
	return excluded, nil
}

// constantsOf returns the constants of type t declared in the packages
// the run generates for or reads.
func (p *plan) constantsOf(t *types.Type) []*types.Type {
	var out []*types.Type
	for path := range p.canonical {
		pkg := p.Context.Universe.Package(path)
		for _, c := range pkg.Constants {
			if c.Underlying == t && c.ConstValue != nil {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(a, b *types.Type) int { return cmp.Compare(a.Name.String(), b.Name.String()) })
	return out
}

// enumExclude is the handler of +k8s:enumExclude, which enum reads.
func enumExclude(_ tagContext, _ codetags.Tag) (validations, error) { return validations{}, nil }
