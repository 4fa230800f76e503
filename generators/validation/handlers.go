package validation

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// tagHandler returns what one tag, checked against its documentation,
// asks for at ctx.
type tagHandler func(ctx tagContext, tag codetags.Tag) (validations, error)

// tagHandlers returns the handler of each tag validation-gen supports.
func (p *plan) tagHandlers() map[string]tagHandler {
	union, zeroOrOne := unionKinds()
	return map[string]tagHandler{
		"k8s:unionDiscriminator": p.unionDiscriminator,
		"k8s:unionMember":        p.unionMember(union),
		"k8s:zeroOrOneOfMember":  p.unionMember(zeroOrOne),
		"k8s:validateFalse":      fixedResult(false),
		"k8s:validateTrue":       fixedResult(true),
		"k8s:validateTrueAlpha":  fixedResult(true),
		"k8s:validateTrueBeta":   fixedResult(true),
		"k8s:validateError":      validateError,
		"k8s:eachVal":            p.eachValTag,
		"k8s:eachKey":            p.eachKeyTag,
		"k8s:opaqueType":         p.opaqueType,
		"k8s:subfield":           p.subfield,
		"k8s:customValidation":   p.customValidation,
		"k8s:modeDiscriminator":  p.modeDiscriminator,
		"k8s:ifMode":             p.ifMode,
		"k8s:neq":                neq,
		"k8s:dependentRequired":  dependent("DependentRequired", "FieldValueRequired", "dependentRequired"),
		"k8s:dependentForbidden": dependent("DependentForbidden", "FieldValueForbidden", "dependentForbidden"),
		"k8s:item":               p.item,
		"k8s:required":           p.requiredness("required"),
		"k8s:optional":           p.requiredness("optional"),
		"k8s:forbidden":          p.requiredness("forbidden"),
		"k8s:maxLength":          limit("MaxLength", onStrings, false, 0, "FieldValueTooLong", "maxLength"),
		"k8s:minLength":          limit("MinLength", onStrings, false, 0, "FieldValueTooShort", "minLength"),
		"k8s:maxBytes":           limit("MaxBytes", onStrings, false, 0, "FieldValueTooLong", "maxBytes"),
		"k8s:minItems":           limit("MinItems", onLists, false, 0, "FieldValueTooFew", "minItems"),
		"k8s:maxItems":           limit("MaxItems", onLists, true, 0, "FieldValueTooMany", "maxItems"),
		"k8s:minProperties":      limit("MinProperties", onMaps, false, 100000, "FieldValueTooFew", "minProperties"),
		"k8s:maxProperties":      limit("MaxProperties", onMaps, true, 100000, "FieldValueTooMany", "maxProperties"),
		"k8s:ifEnabled":          p.ifOption(true),
		"k8s:ifDisabled":         p.ifOption(false),
		"k8s:alpha":              p.level(alpha),
		"k8s:beta":               p.level(beta),
		"k8s:format":             format,
		"k8s:enum":               p.enum,
		"k8s:enumExclude":        enumExclude,
		"k8s:immutable":          immutable,
		"k8s:monotonic":          monotonic,
		"k8s:update":             p.update,
		"k8s:listType":           p.listType,
		"k8s:listMapKey":         p.listMapKey,
		"k8s:unique":             p.unique,
		"k8s:customUnique":       p.customUnique,
		"k8s:minimum":            bound("Minimum"),
		"k8s:maximum":            bound("Maximum"),
	}
}

// fixedResult is the handler of the fixture tags, which always pass or
// always fail with the tag's message.
func fixedResult(result bool) tagHandler {
	return func(_ tagContext, tag codetags.Tag) (validations, error) {
		c := call{fn: validateFn("FixedResult")}
		for _, a := range tag.Args {
			switch a.Name {
			case "flags":
				for _, fl := range strings.Split(a.Value, ",") {
					switch strings.TrimSpace(fl) {
					case "ShortCircuit":
						c.shortCircuit = true
					case "NonError":
						c.nonError = true
					default:
						return validations{}, fmt.Errorf("unknown flag %q (known: ShortCircuit, NonError)", strings.TrimSpace(fl))
					}
				}
			case "typeArg":
				if tn := a.Value; tn != "" {
					r := parseTypeRef(tn)
					r.ptr = true // the functions take pointers
					c.typeArgs = []typeRef{r}
				}
			case "cohort":
				c.cohort = a.Value
			}
		}
		msg := ""
		if tag.ValueType == codetags.ValueTypeString {
			msg = tag.Value
		}
		c.args = []any{result, msg}
		if !result {
			c = c.emitting("FieldValueInvalid", "validateFalse", "")
		}
		return validations{calls: []call{c}}, nil
	}
}

// validateError always fails the run, with the tag's message.
func validateError(_ tagContext, tag codetags.Tag) (validations, error) {
	return validations{}, fmt.Errorf("forced error: %q", tag.Value)
}

// opaqueType stops validation from descending into the value's type;
// the opaque types and fields are recorded for +k8s:subfield.
func (p *plan) opaqueType(ctx tagContext, _ codetags.Tag) (validations, error) {
	switch ctx.scope {
	case scopeType:
		p.opaqueTypes[nonPointer(nativeType(ctx.t))] = true
	case scopeField:
		p.opaqueFields[ctx.path] = true
	}
	return validations{opaque: true}, nil
}

// nested returns what the tag a tag carries as its value asks for, at
// ctx (e.g. the values of a list).
func (p *plan) nested(ctx tagContext, tag codetags.Tag) (validations, error) {
	if tag.ValueTag == nil {
		return validations{}, fmt.Errorf("needs a validation tag as its value, e.g. +%s=+k8s:minimum=0", tag.Name)
	}
	inner := *tag.ValueTag
	doc := p.docs[inner.Name]
	if doc == nil {
		return validations{}, fmt.Errorf("+%s is not a validation tag", inner.Name)
	}
	if !doc.hasScope(ctx.scope) {
		return validations{}, fmt.Errorf("+%s cannot be written on %s (only on %s)", inner.Name, ctx.scope, scopeList(doc.Scopes))
	}
	if err := checkTag(inner, doc); err != nil {
		return validations{}, fmt.Errorf("+%s: %v", inner.Name, err)
	}
	h := p.handlers[inner.Name]
	if h == nil {
		return validations{}, fmt.Errorf("+%s is not supported by gengokit's validation-gen yet", inner.Name)
	}
	v, err := h(ctx, inner)
	if err != nil {
		return validations{}, fmt.Errorf("+%s: %v", inner.Name, err)
	}
	return v, nil
}

// eachValTag is +k8s:eachVal: its tag validates each value of a list or
// map.
func (p *plan) eachValTag(ctx tagContext, tag codetags.Tag) (validations, error) {
	nt := nativeType(ctx.t)
	inner := ctx
	inner.t, inner.parent, inner.member, inner.parentPath = nt.Elem, ctx.t, nil, ctx.path
	switch nt.Kind {
	case types.Slice, types.Array:
		inner.scope = scopeListVal
	case types.Map:
		inner.scope = scopeMapVal
	default:
		return validations{}, fmt.Errorf("can only be used on list or map types (this is a %s)", strings.ToLower(string(nt.Kind)))
	}
	v, err := p.nested(inner, tag)
	if err != nil {
		return validations{}, err
	}
	v = v.adopt()
	out := validations{opaqueVal: v.opaque, comments: v.comments}
	if len(v.calls) > 0 || len(v.deferred) > 0 {
		out.deferred = append(out.deferred, func() (validations, error) {
			r, err := v.resolve()
			if err != nil {
				return validations{}, err
			}
			return p.eachValues(ctx.t, ctx.path, r.calls)
		})
	}
	return out, nil
}

// eachKeyTag is +k8s:eachKey: its tag validates each key of a map.
func (p *plan) eachKeyTag(ctx tagContext, tag codetags.Tag) (validations, error) {
	nt := nativeType(ctx.t)
	if nt.Kind != types.Map {
		return validations{}, fmt.Errorf("can only be used on map types (this is a %s)", strings.ToLower(string(nt.Kind)))
	}
	inner := ctx
	inner.t, inner.parent, inner.member, inner.scope, inner.parentPath = nt.Key, ctx.t, nil, scopeMapKey, ctx.path
	v, err := p.nested(inner, tag)
	if err != nil {
		return validations{}, err
	}
	out := validations{opaqueKey: v.opaque, comments: v.comments}
	for _, c := range v.calls {
		w, err := p.eachKeyCalls(ctx.t, c)
		if err != nil {
			return validations{}, err
		}
		out.add(w)
	}
	if len(v.deferred) > 0 {
		out.deferred = append(out.deferred, func() (validations, error) {
			r, err := validations{deferred: v.deferred}.resolve()
			if err != nil {
				return validations{}, err
			}
			var keys validations
			for _, c := range r.calls {
				w, err := p.eachKeyCalls(ctx.t, c)
				if err != nil {
					return validations{}, err
				}
				keys.add(w)
			}
			return keys, nil
		})
	}
	return out, nil
}

// eachValues wraps each of cs into the call that runs it on each value
// of the list or map t.
func (p *plan) eachValues(t *types.Type, path string, cs []call) (validations, error) {
	var out validations
	for _, c := range cs {
		w, err := p.eachValue(t, path, c)
		if err != nil {
			return validations{}, err
		}
		out.add(w)
	}
	return out, nil
}

// eachValue wraps c into the call that runs it on each value of the list
// or map t (path names the place, for its list semantics).
func (p *plan) eachValue(t *types.Type, path string, c call) (validations, error) {
	nt := nativeType(t)
	comments := c.comments
	c.comments = nil
	elemComparable := directlyComparable(nonPointer(nativeType(nt.Elem)))
	var outer call
	switch nt.Kind {
	case types.Slice, types.Array:
		match, equiv := p.listMatch(t, path, nt.Elem, elemComparable)
		fn := "EachValSliceVal"
		if nt.Elem.Kind == types.Pointer {
			fn = "EachPtrSliceVal"
		}
		outer = call{fn: validateFn(fn), args: []any{match, equiv, wrapper{call: c, objType: nt.Elem, fragment: "[*]"}}}
	case types.Map:
		outer = call{fn: validateFn("EachMapVal"), args: []any{equalFn(elemComparable), wrapper{call: c, objType: nt.Elem, fragment: "[*]"}}}
	default:
		return validations{}, fmt.Errorf("%s is not a list or map", t)
	}
	outer.shortCircuit, outer.nonError, outer.comments = c.shortCircuit, c.nonError, comments
	return validations{calls: []call{outer}}, nil
}

// eachKeyCalls wraps c into the call that runs it on each key of the map t.
func (p *plan) eachKeyCalls(t *types.Type, c call) (validations, error) {
	comments := c.comments
	c.comments = nil
	outer := call{fn: validateFn("EachMapKey"), args: []any{wrapper{call: c, objType: nativeType(t).Key}}}
	outer.shortCircuit, outer.nonError, outer.comments = c.shortCircuit, c.nonError, comments
	return validations{calls: []call{outer}}, nil
}

// equalFn names validate.DirectEqual for values == compares, else
// validate.SemanticDeepEqual.
func equalFn(direct bool) ident {
	if direct {
		return ident(validateFn("DirectEqual"))
	}
	return ident(validateFn("SemanticDeepEqual"))
}
