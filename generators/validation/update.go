package validation

import (
	"fmt"
	"slices"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// immutable is the handler of +k8s:immutable.
func immutable(_ tagContext, _ codetags.Tag) (validations, error) {
	c := call{fn: validateFn("Immutable"), shortCircuit: true}
	return validations{calls: []call{c.emitting("FieldValueInvalid", "immutable", "")}}, nil
}

// monotonic is the handler of +k8s:monotonic: an integer that never
// decreases on update.
func monotonic(ctx tagContext, _ codetags.Tag) (validations, error) {
	if intBits(nonPointer(nativeType(ctx.t))) == 0 {
		return validations{}, fmt.Errorf("must be an integer type (got %s)", typeChain(ctx.t))
	}
	return validations{calls: []call{{fn: validateFn("Monotonic")}}}, nil
}

// The +k8s:update constraints, in the order validate declares them.
var updateConstraints = []string{"NoSet", "NoUnset", "NoModify", "NoAddItem", "NoRemoveItem"}

// updateInfo collects the +k8s:update constraints of one field.
type updateInfo struct {
	constraints []string
	level       stability
}

// update is the handler of +k8s:update: the constraints of a field are
// collected, and checked in one call once all its tags are read.
func (p *plan) update(ctx tagContext, tag codetags.Tag) (validations, error) {
	if !slices.Contains(updateConstraints, tag.Value) {
		return validations{}, fmt.Errorf("unknown constraint %q (known: NoSet, NoUnset, NoModify, NoAddItem, NoRemoveItem)", tag.Value)
	}
	if ctx.scope == scopeListVal || ctx.scope == scopeMapVal {
		return p.updateItem(ctx, tag.Value)
	}
	u := p.updates[ctx.path]
	if u == nil {
		u = &updateInfo{}
		p.updates[ctx.path] = u
	}
	u.level = ctx.level
	if !slices.Contains(u.constraints, tag.Value) {
		u.constraints = append(u.constraints, tag.Value)
	}
	if err := checkConstraints(ctx.t, u.constraints); err != nil {
		return validations{}, err
	}
	return validations{deferred: []deferred{func() (validations, error) { return p.updateCalls(ctx) }}}, nil
}

// updateItem is +k8s:eachVal=+k8s:update=NoModify: each item of a map
// list or map keeps its value.
func (p *plan) updateItem(ctx tagContext, constraint string) (validations, error) {
	if constraint != "NoModify" {
		return validations{}, fmt.Errorf("+k8s:update=%s does not apply to %s, attach it to the enclosing field", constraint, ctx.scope)
	}
	if k := nonPointer(nativeType(ctx.t)).Kind; k == types.Slice || k == types.Map {
		return validations{}, fmt.Errorf("+k8s:update=NoModify cannot be applied to list/map elements that are themselves lists or maps")
	}
	if ctx.scope == scopeListVal {
		if l := p.lists[ctx.parentPath]; l != nil && l.semantic != "map" {
			return validations{}, fmt.Errorf("+k8s:eachVal=+k8s:update=NoModify requires the enclosing list to use listType=map or unique=map (got %s)", l.semantic)
		}
	}
	return scalarUpdate(ctx, []string{constraint}), nil
}

// checkConstraints reports a constraint that cannot apply to values of t.
func checkConstraints(t *types.Type, constraints []string) error {
	nt := nonPointer(nativeType(t))
	compound := nt.Kind == types.Slice || nt.Kind == types.Map
	for _, c := range constraints {
		switch c {
		case "NoAddItem", "NoRemoveItem":
			if !compound {
				return fmt.Errorf("+k8s:update=%s can only be used on list or map fields", c)
			}
		case "NoModify":
			if compound {
				return fmt.Errorf("+k8s:update=NoModify is not supported on list or map fields, use +k8s:eachVal=+k8s:update=NoModify for per-item immutability")
			}
		default:
			if nt.Kind == types.Struct && t.Kind != types.Pointer {
				return fmt.Errorf("+k8s:update=%s cannot be used on non-pointer struct fields (they cannot be unset)", c)
			}
		}
	}
	return nil
}

// updateCalls returns the one call that checks a field's constraints.
func (p *plan) updateCalls(ctx tagContext) (validations, error) {
	u := p.updates[ctx.path]
	if u == nil || len(u.constraints) == 0 {
		return validations{}, nil
	}
	delete(p.updates, ctx.path)
	var cs []string
	for _, c := range updateConstraints {
		if slices.Contains(u.constraints, c) {
			cs = append(cs, c)
		}
	}
	var v validations
	switch nonPointer(nativeType(ctx.t)).Kind {
	case types.Slice:
		var err error
		if v, err = p.sliceUpdate(ctx, cs); err != nil {
			return validations{}, err
		}
	case types.Map:
		c := call{fn: validateFn("UpdateMap"), args: constraintArgs(cs), shortCircuit: true, emits: compoundEmissions(cs, true)}
		v = validations{calls: []call{c}}
	default:
		v = scalarUpdate(ctx, cs)
	}
	level := u.level
	if ctx.level != stable {
		level = ctx.level
	}
	return v.wrap(func(c call) call {
		if level != stable {
			c.level = level
		}
		return c
	}), nil
}

// sliceUpdate checks a list's constraints; adding and removing items
// needs to know what makes two items the same.
func (p *plan) sliceUpdate(ctx tagContext, cs []string) (validations, error) {
	nt := nativeType(ctx.t)
	var match any = rawExpr("nil")
	if slices.Contains(cs, "NoAddItem") || slices.Contains(cs, "NoRemoveItem") {
		l := p.listFor(ctx.t, ctx.path)
		if l == nil {
			return validations{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require list metadata (+k8s:listType with listMapKey, or +k8s:unique) to determine item identity")
		}
		switch l.semantic {
		case "map":
			if len(l.keys) == 0 {
				return validations{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require listMapKey to be set for listType=map")
			}
			match = matchFunc{l: l, elem: nt.Elem}
		case "set":
			match = equalFn(directlyComparable(nonPointer(nativeType(nt.Elem))))
		default:
			return validations{}, fmt.Errorf("+k8s:update=NoAddItem/+k8s:update=NoRemoveItem require listType=set, listType=map, unique=set, or unique=map to define item identity")
		}
	}
	fn := "ValSliceUpdate"
	if nt.Elem.Kind == types.Pointer {
		fn = "PtrSliceUpdate"
	}
	c := call{fn: validateFn(fn), args: append([]any{match}, constraintArgs(cs)...), shortCircuit: true, emits: compoundEmissions(cs, false)}
	return validations{calls: []call{c}}, nil
}

// scalarUpdate checks the constraints of a value that is no list or map.
func scalarUpdate(ctx tagContext, cs []string) validations {
	nt := nonPointer(nativeType(ctx.t))
	fn := "UpdateValueByReflect"
	switch {
	case ctx.t.Kind == types.Pointer:
		fn = "UpdatePointer"
	case nt.Kind == types.Struct:
		fn = "UpdateStruct"
	case directlyComparable(nt):
		fn = "UpdateValueByCompare"
	}
	c := call{fn: validateFn(fn), args: constraintArgs(cs), shortCircuit: true, level: ctx.level}
	return validations{calls: []call{c.emitting("FieldValueInvalid", "update", "")}}
}

func constraintArgs(cs []string) []any {
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = ident(validateFn(c))
	}
	return out
}

// compoundEmissions are the errors a list's or map's update check
// reports under its constraints.
func compoundEmissions(cs []string, isMap bool) []emission {
	has := func(c string) bool { return slices.Contains(cs, c) }
	var out []emission
	if has("NoSet") || has("NoUnset") {
		out = append(out, emission{"FieldValueInvalid", "update", ""})
	}
	if has("NoAddItem") || (has("NoRemoveItem") && isMap) {
		out = append(out, emission{"FieldValueForbidden", "update", "[*]"})
	}
	if has("NoRemoveItem") && !isMap {
		out = append(out, emission{"FieldValueForbidden", "update", ""})
	}
	return out
}
