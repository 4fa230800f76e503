package validation

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// getter is an argument: the function that returns a field of a struct
// as its nilable form, e.g. func(o *T) *string { return &o.Name }.
type getter struct {
	// param names the parameter ("o" when empty).
	param        string
	owner, field *types.Type
	// ownerPtr and fieldPtr say the types are written behind a pointer.
	ownerPtr, fieldPtr bool
	name               string
}

// subfield is the handler of +k8s:subfield(<json name>): its tag
// validates one field of the struct, called through validate.Subfield so
// that the struct's other fields need no closure of their own.
func (p *plan) subfield(ctx tagContext, tag codetags.Tag) (validations, error) {
	for t := tag.ValueTag; t != nil; t = t.ValueTag {
		if t.Name == "k8s:subfield" {
			return validations{}, fmt.Errorf("nested +k8s:subfield tags are unsupported; apply validations directly to the nested type instead")
		}
	}
	st := nonPointer(nativeType(ctx.t))
	if st.Kind != types.Struct {
		return validations{}, fmt.Errorf("can only be used on struct types (this is a %s)", strings.ToLower(string(st.Kind)))
	}
	arg, _ := tag.PositionalArg()
	sub := memberByJSON(st, arg.Value)
	if sub == nil {
		return validations{}, fmt.Errorf("no field of %s has the JSON name %q (it has %s)", st.Name.Name, arg.Value, jsonNames(st))
	}
	subCtx := tagContext{scope: scopeField, t: sub.Type, path: ctx.path + "." + arg.Value, member: sub, parent: ctx.t,
		parentPath: ctx.path, level: ctx.level, at: p.memberTagPos(st, sub.Name)}
	inner, err := p.nested(subCtx, tag)
	if err != nil {
		return validations{}, err
	}
	parents := inner.parent
	inner.parent = nil
	get := getter{param: "o", owner: ctx.t, ownerPtr: !nilable(ctx.t), field: sub.Type, fieldPtr: !nilable(sub.Type), name: sub.Name}
	equiv := equalFn(directlyComparable(nonPointer(nativeType(sub.Type))))
	opaque := p.opaqueFields[ctx.path] || p.opaqueTypes[st]
	return validations{deferred: []deferred{func() (validations, error) {
		combined := inner
		if !opaque {
			sc, err := p.memberShortCircuits(subCtx, sub)
			if err != nil {
				return validations{}, err
			}
			combined.add(sc)
		}
		return combined.wrap(func(c call) call {
			return call{fn: validateFn("Subfield"), args: []any{arg.Value, get, equiv, wrapper{call: c, objType: sub.Type, fragment: "." + arg.Value}},
				shortCircuit: c.shortCircuit, nonError: c.nonError, cohort: arg.Value}
		}), nil
	}}, parent: parents}.adopt(), nil
}

// memberShortCircuits returns, once per place, the short-circuiting
// validations of the field's own tags (required, forbidden, maxItems...),
// kept from reporting errors of their own: through a subfield they only
// stop the validations after them.
func (p *plan) memberShortCircuits(ctx tagContext, m *types.Member) (validations, error) {
	if p.shortCircuitsDone[ctx.path] {
		return validations{}, nil
	}
	p.shortCircuitsDone[ctx.path] = true
	v, err := p.extract(ctx, m.CommentLines)
	if err != nil {
		return validations{}, err
	}
	var out validations
	for _, c := range v.calls {
		if c.shortCircuit {
			c.nonError = true
			out.calls = append(out.calls, c)
		}
	}
	return out, nil
}
