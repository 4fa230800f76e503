package validation

import (
	"fmt"
	"maps"
	"regexp"
	"slices"

	"k8s.io/gengo/v2/codetags"
	gotags "k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"
)

// modeGroup is one modality of a struct: its discriminator field and the
// fields whose validations depend on its value.
type modeGroup struct {
	discriminator *types.Member
	fields        map[string]*modeField
}

// modeField is a field with +k8s:ifMode rules.
type modeField struct {
	member *types.Member
	rules  []modeRule
}

// modeRule is one +k8s:ifMode: the validations of the field when the
// discriminator has the value.
type modeRule struct {
	value string
	calls []call
	level stability
}

// groupName is what a modality may be called.
var groupName = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]*$`)

// modeGroupAt returns the modality name of the struct at path.
func (p *plan) modeGroupAt(path, name string) *modeGroup {
	if name == "" {
		name = "default"
	}
	if p.modes[path] == nil {
		p.modes[path] = map[string]*modeGroup{}
	}
	if p.modes[path][name] == nil {
		p.modes[path][name] = &modeGroup{fields: map[string]*modeField{}}
	}
	return p.modes[path][name]
}

// modeDiscriminator is the handler of +k8s:modeDiscriminator: the string
// or bool field whose value selects other fields' rules.
func (p *plan) modeDiscriminator(ctx tagContext, tag codetags.Tag) (validations, error) {
	if nativeType(ctx.t).Kind == types.Pointer {
		return validations{}, fmt.Errorf("can only be used on non-pointer types")
	}
	if t := nativeType(ctx.t); t != types.String && t != types.Bool {
		return validations{}, fmt.Errorf("can only be used on string or bool types (%s)", typeChain(ctx.t))
	}
	name, _ := tag.NamedArg("modality")
	if name.Value != "" && !groupName.MatchString(name.Value) {
		return validations{}, fmt.Errorf("modality: %q is no name (it must match %s)", name.Value, groupName)
	}
	if name.Value == "default" {
		return validations{}, fmt.Errorf("modality: %q is reserved", name.Value)
	}
	g := p.modeGroupAt(ctx.parentPath, name.Value)
	if g.discriminator != nil && g.discriminator != ctx.member {
		return validations{}, fmt.Errorf("the struct already has a discriminator for modality %q (%s)", name.Value, g.discriminator.Name)
	}
	g.discriminator = ctx.member
	return validations{}, nil
}

// ifMode is the handler of +k8s:ifMode(<mode>): its tag validates the
// field when the modality's discriminator has that value, and the field
// is forbidden under every other value. The check is the struct's.
func (p *plan) ifMode(ctx tagContext, tag codetags.Tag) (validations, error) {
	name, _ := tag.NamedArg("modality")
	if name.Value == "default" {
		return validations{}, fmt.Errorf("modality: %q is reserved", name.Value)
	}
	mode, ok := tag.NamedArg("mode")
	if !ok {
		if mode, ok = tag.PositionalArg(); !ok {
			return validations{}, fmt.Errorf("missing the mode: write +k8s:ifMode(\"<value>\")=<tag>")
		}
	}
	g := p.modeGroupAt(ctx.parentPath, name.Value)
	f := g.fields[ctx.member.Name]
	if f == nil {
		f = &modeField{member: ctx.member}
		g.fields[ctx.member.Name] = f
	}
	v, err := p.nested(ctx, tag)
	if err != nil {
		return validations{}, err
	}
	f.rules = append(f.rules, modeRule{value: mode.Value, calls: v.calls, level: ctx.level})
	path, parent := ctx.parentPath, ctx.parent
	return validations{parent: []deferred{func() (validations, error) { return p.modeChecks(path, parent) }}}, nil
}

// modeChecks returns, once per struct, the check of each field with
// mode rules: modalities by name, fields by Go name.
func (p *plan) modeChecks(path string, parent *types.Type) (validations, error) {
	if nonPointer(nativeType(parent)).Kind != types.Struct {
		return validations{}, nil
	}
	groups := p.modes[path]
	if len(groups) == 0 {
		return validations{}, nil
	}
	delete(p.modes, path)
	var out validations
	for _, gn := range slices.Sorted(maps.Keys(groups)) {
		g := groups[gn]
		if g.discriminator == nil {
			if len(g.fields) == 0 {
				continue
			}
			if gn == "default" {
				return validations{}, fmt.Errorf("+k8s:ifMode needs a field tagged +k8s:modeDiscriminator")
			}
			return validations{}, fmt.Errorf("+k8s:ifMode(modality: %q) needs a field tagged +k8s:modeDiscriminator(modality: %q)", gn, gn)
		}
		for _, fn := range slices.Sorted(maps.Keys(g.fields)) {
			c, err := modeCall(parent, g, g.fields[fn])
			if err != nil {
				return validations{}, err
			}
			out.calls = append(out.calls, c)
		}
	}
	return out, nil
}

// multiWrapper is an argument: a validation function of objType's values
// that runs calls in turn.
type multiWrapper struct {
	calls   []call
	objType *types.Type
	// fragment is the path below the value the calls validate.
	fragment string
}

// modeRules is an argument: a field's rules by discriminator value.
type modeRules struct {
	field, disc *types.Type
	values      []any
	rules       []multiWrapper
}

// modeCall returns validate.Discriminated for one field.
func modeCall(parent *types.Type, g *modeGroup, f *modeField) (call, error) {
	ft := f.member.Type
	nilableT := ft
	if !nilable(ft) {
		nilableT = types.PointerTo(ft)
	}
	json := f.member.Name
	if j, ok := gotags.LookupJSON(*f.member); ok {
		json = j.Name
	}
	forbidden, err := forbiddenFn(ft)
	if err != nil {
		return call{}, err
	}
	byValue := map[string][]call{}
	var values []string
	for _, r := range f.rules {
		if _, ok := byValue[r.value]; !ok {
			values = append(values, r.value)
		}
		for _, c := range r.calls {
			if r.level != stable {
				c.level = r.level
			}
			byValue[r.value] = append(byValue[r.value], c)
		}
	}
	slices.Sort(values)
	if l := uniformLevel(f.rules); l != stable {
		forbidden.level = l
	}
	rules := modeRules{field: nilableT, disc: g.discriminator.Type}
	for _, v := range values {
		typed, err := discriminatorValue(v, g.discriminator.Type)
		if err != nil {
			return call{}, err
		}
		rules.values = append(rules.values, typed)
		rules.rules = append(rules.rules, multiWrapper{calls: byValue[v], objType: nilableT, fragment: "." + json})
	}
	get := getter{param: "obj", owner: parent, ownerPtr: true, field: ft, fieldPtr: !nilable(ft), name: f.member.Name}
	disc := getter{param: "obj", owner: parent, ownerPtr: true, field: g.discriminator.Type, name: g.discriminator.Name}
	equiv := equalFn(directlyComparable(nonPointer(nativeType(ft))))
	return call{fn: validateFn("Discriminated"), selfLevel: true,
		args: []any{json, get, disc, equiv, multiWrapper{calls: []call{forbidden}, objType: nilableT, fragment: "." + json}, rules}}, nil
}

// uniformLevel is the stability all the rules share, or stable.
func uniformLevel(rules []modeRule) stability {
	for _, r := range rules[1:] {
		if r.level != rules[0].level {
			return stable
		}
	}
	return rules[0].level
}

// forbiddenFn is the check that a field is not set, for modes that have
// no rule for it.
func forbiddenFn(t *types.Type) (call, error) {
	k, err := kindSuffix(t, "k8s:ifMode")
	if err != nil {
		return call{}, fmt.Errorf("a struct field with mode rules must be a pointer (it is forbidden in the other modes)")
	}
	return call{fn: validateFn("Forbidden" + k)}.emitting("FieldValueForbidden", "", ""), nil
}

// discriminatorValue is a mode as a value of the discriminator's type.
func discriminatorValue(v string, t *types.Type) (any, error) {
	switch nonPointer(nativeType(t)) {
	case types.String:
		return v, nil
	case types.Bool:
		if v != "true" && v != "false" {
			return nil, fmt.Errorf("mode %q is not a bool (true or false) as the discriminator is", v)
		}
		return v == "true", nil
	}
	return nil, fmt.Errorf("unsupported discriminator type %s", t)
}

// modeLiteral renders the arguments of a mode check.
func (g *gen) modeLiteral(v any) (string, bool) {
	switch v := v.(type) {
	case multiWrapper:
		return g.multiWrapperLiteral(v), true
	case modeRules:
		s := fmt.Sprintf("\n[]%s[%s, %s]{\n", g.name(validateFn("DiscriminatedRule")), g.typeName(v.field), g.typeName(v.disc))
		for i, r := range v.rules {
			s += fmt.Sprintf("\n{\nValue: %s,\nValidation: %s,\n},\n", g.literal(v.values[i]), g.multiWrapperLiteral(r))
		}
		return s + "}", true
	}
	return "", false
}

// multiWrapperLiteral renders a closure that runs calls in turn, the
// short-circuiting ones stopping those after the last of them.
func (g *gen) multiWrapperLiteral(w multiWrapper) string {
	list := g.name(types.Name{Package: fieldPkg, Name: "ErrorList"})
	s := fmt.Sprintf("\nfunc(ctx %s, op %s, fldPath *%s, obj, oldObj %s) %s {\nerrs := %s{}\n",
		g.name(types.Name{Package: "context", Name: "Context"}), g.name(types.Name{Package: operationPkg, Name: "Operation"}),
		g.name(types.Name{Package: fieldPkg, Name: "Path"}), g.typeName(w.objType), list, list)
	last := -1
	for i, c := range w.calls {
		if c.shortCircuit {
			last = i
		}
	}
	if last >= 0 {
		s += "earlyReturn := false\n"
	}
	for i, c := range w.calls {
		expr := g.funcCall(c, "ctx, op, fldPath, obj, oldObj")
		switch {
		case c.shortCircuit:
			s += "if e := " + expr + "; len(e) != 0 {\n"
			if !c.nonError {
				s += "errs = append(errs, e...)\n"
			}
			s += "earlyReturn = true\n}\n"
			if i == last {
				s += "if earlyReturn {\nreturn errs\n}\n"
			}
		case c.nonError:
			s += expr + "\n"
		default:
			s += "errs = append(errs, " + expr + "...)\n"
		}
	}
	return s + "return errs\n}"
}
