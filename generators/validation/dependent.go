package validation

import (
	"fmt"

	"k8s.io/gengo/v2/codetags"
	gotags "k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"
)

// neq is the handler of +k8s:neq: the value may not be the given one.
func neq(ctx tagContext, tag codetags.Tag) (validations, error) {
	t := nonPointer(nativeType(ctx.t))
	if !directlyComparable(t) {
		return validations{}, fmt.Errorf("can only be used on comparable types (e.g. string, int, bool), but got %s", typeChain(ctx.t))
	}
	var v any
	switch {
	case t == types.String:
		if tag.ValueType != codetags.ValueTypeString {
			return validations{}, fmt.Errorf("type mismatch: field is a string, but the value is a %s", tag.ValueType)
		}
		v = tag.Value
	case t == types.Bool:
		if tag.ValueType != codetags.ValueTypeBool {
			return validations{}, fmt.Errorf("type mismatch: field is a bool, but the value is a %s", tag.ValueType)
		}
		v = tag.Value == "true"
	case intBits(t) > 0:
		if tag.ValueType != codetags.ValueTypeInt {
			return validations{}, fmt.Errorf("type mismatch: field is an integer, but the value is a %s", tag.ValueType)
		}
		n, err := canonicalInt(tag.Value)
		if err != nil {
			return validations{}, err
		}
		v = n
	default:
		return validations{}, fmt.Errorf("unsupported type %s: use it on a string, bool or integer", t.Name.Name)
	}
	c := call{fn: validateFn("NEQ"), args: []any{v}}
	return validations{calls: []call{c.emitting("FieldValueInvalid", "neq", "")}}, nil
}

// dependent is the handler of +k8s:dependentRequired(<json name>)
// (fn DependentRequired) and +k8s:dependentForbidden: when the field is
// set, its sibling must (not) be. The check is the struct's.
func dependent(fn, errType, origin string) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		if ctx.member == nil {
			return validations{}, fmt.Errorf("must be used on a struct field")
		}
		st := nonPointer(nativeType(ctx.parent))
		if st.Kind != types.Struct {
			return validations{}, fmt.Errorf("parent type must be a struct (got %s)", st.Kind)
		}
		if len(tag.Args) != 1 {
			return validations{}, fmt.Errorf("expected exactly one argument naming the dependent field, got %d", len(tag.Args))
		}
		depName := tag.Args[0].Value
		dep := memberByJSON(st, depName)
		if dep == nil {
			return validations{}, fmt.Errorf("no sibling field has the JSON name %q (the fields have %s)", depName, jsonNames(st))
		}
		if dep.Name == ctx.member.Name {
			return validations{}, fmt.Errorf("trigger and dependent field must be different (both are %q)", depName)
		}
		j, ok := gotags.LookupJSON(*ctx.member)
		if !ok || j.Name == "" {
			return validations{}, fmt.Errorf("trigger field %q has no JSON name", ctx.member.Name)
		}
		for _, m := range []*types.Member{ctx.member, dep} {
			switch k := nativeType(m.Type).Kind; k {
			case types.Pointer, types.Map, types.Slice, types.Builtin:
			default:
				return validations{}, fmt.Errorf("field %q has unsupported type kind %s (it must be a pointer, list, map or primitive)", m.Name, k)
			}
		}
		c := call{fn: validateFn(fn), args: []any{j.Name, memberExtractor{owner: ctx.parent, m: ctx.member}, depName, memberExtractor{owner: ctx.parent, m: dep}}}
		c = c.emitting(errType, origin, "."+depName)
		return validations{parent: []deferred{func() (validations, error) { return validations{calls: []call{c}}, nil }}}, nil
	}
}
