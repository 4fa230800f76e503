package validation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// criterion is one key=value argument of +k8s:item.
type criterion struct {
	key   string
	value any // string, int or bool
}

// itemMatch is an argument: the function that tells whether a list item
// has the keys +k8s:item selects.
type itemMatch struct {
	elem  *types.Type
	terms []string
}

// item is the handler of +k8s:item(<key>: <value>, ...): its tag
// validates the one item of a map list with those keys.
func (p *plan) item(ctx tagContext, tag codetags.Tag) (validations, error) {
	nt := nonPointer(nativeType(ctx.t))
	if nt.Kind != types.Slice {
		return validations{}, fmt.Errorf("can only be used on list types")
	}
	elem := nonPointer(nativeType(nt.Elem))
	if elem.Kind != types.Struct {
		return validations{}, fmt.Errorf("can only be used on lists of structs")
	}
	criteria, err := itemCriteria(tag.Args)
	if err != nil {
		return validations{}, err
	}
	key := selector(criteria)
	sub := tagContext{scope: scopeListVal, t: elem, path: ctx.path + "[" + key + "]", parent: ctx.t, parentPath: ctx.path,
		level: ctx.level, at: ctx.at, line: ctx.line, selector: criteria}
	inner, err := p.nested(sub, tag)
	if err != nil {
		return validations{}, err
	}
	fn := "ValSliceItem"
	if nt.Elem.Kind == types.Pointer {
		fn = "PtrSliceItem"
	}
	out := inner
	out.calls, out.deferred, out.parent = nil, nil, nil
	if len(inner.calls) > 0 || len(inner.deferred) > 0 {
		out.deferred = []deferred{func() (validations, error) {
			match, err := p.itemMatch(ctx, criteria, elem)
			if err != nil {
				return validations{}, err
			}
			equiv := equalFn(directlyComparable(elem))
			r, err := validations{calls: inner.calls, deferred: inner.deferred}.resolve()
			if err != nil {
				return validations{}, err
			}
			return r.wrap(func(c call) call {
				return call{fn: validateFn(fn), args: []any{match, equiv, wrapper{call: c, objType: elem}},
					shortCircuit: c.shortCircuit, nonError: c.nonError, cohort: key}
			}), nil
		}}
	}
	out.deferred = append(out.deferred, inner.parent...)
	return out, nil
}

// itemCriteria reads +k8s:item's arguments, every one named.
func itemCriteria(args []codetags.Arg) ([]criterion, error) {
	var out []criterion
	for _, a := range args {
		if a.Name == "" {
			return nil, fmt.Errorf("all arguments must be named: write +k8s:item(<json name>: <value>)")
		}
		if slices.ContainsFunc(out, func(c criterion) bool { return c.key == a.Name }) {
			return nil, fmt.Errorf("argument %q is given twice", a.Name)
		}
		c := criterion{key: a.Name, value: a.Value}
		switch a.Type {
		case codetags.ArgTypeInt:
			n, err := canonicalInt(a.Value)
			if err != nil {
				return nil, fmt.Errorf("argument %q: %v", a.Name, err)
			}
			c.value = n
		case codetags.ArgTypeBool:
			c.value = a.Value == "true"
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no selection criteria was specified: write +k8s:item(<json name>: <value>)=<tag>")
	}
	return out, nil
}

// selector names the selected item, e.g. {"name": "a"}.
func selector(criteria []criterion) string {
	var pairs []string
	for _, c := range criteria {
		v := fmt.Sprint(c.value)
		if s, ok := c.value.(string); ok {
			v = strconv.Quote(s)
		}
		pairs = append(pairs, fmt.Sprintf("%q: %s", c.key, v))
	}
	return "{" + strings.Join(pairs, ", ") + "}"
}

// itemMatch returns the function that selects the item, its criteria in
// the order of the list's keys, which it must name each of.
func (p *plan) itemMatch(ctx tagContext, criteria []criterion, elem *types.Type) (itemMatch, error) {
	l := p.lists[ctx.path]
	if l == nil && ctx.scope == scopeField {
		l = p.lists[ctx.t.String()]
	}
	if l == nil || l.semantic != "map" || len(l.keys) == 0 {
		return itemMatch{}, fmt.Errorf("found items with no list metadata - item tags require listType=map or unique=map with listMapKey")
	}
	if len(criteria) != len(l.keyNames) {
		return itemMatch{}, fmt.Errorf("number of arguments (%d) does not match number of listMapKey fields (%d)", len(criteria), len(l.keyNames))
	}
	m := itemMatch{elem: elem}
	var missing []string
	for _, k := range l.keyNames {
		i := slices.IndexFunc(criteria, func(c criterion) bool { return c.key == k })
		if i < 0 {
			missing = append(missing, k)
			continue
		}
		term, err := matchTerm(elem, criteria[i])
		if err != nil {
			return itemMatch{}, err
		}
		m.terms = append(m.terms, term)
	}
	if len(missing) > 0 {
		return itemMatch{}, fmt.Errorf("missing required listMapKey fields: %v", missing)
	}
	return m, nil
}

// matchTerm is the condition that the item's key field has the value.
func matchTerm(elem *types.Type, c criterion) (string, error) {
	m := memberByJSON(elem, c.key)
	if m == nil {
		return "", fmt.Errorf("no field of %s has the JSON name %q", elem.Name.Name, c.key)
	}
	ft := nonPointer(nativeType(m.Type))
	var rhs string
	switch v := c.value.(type) {
	case string:
		if ft != types.String {
			return "", fmt.Errorf("%q: the field is a %s, the value a string", c.key, ft)
		}
		rhs = strconv.Quote(v)
	case bool:
		if ft != types.Bool {
			return "", fmt.Errorf("%q: the field is a %s, the value a bool", c.key, ft)
		}
		rhs = strconv.FormatBool(v)
	case int:
		if intBits(ft) == 0 {
			return "", fmt.Errorf("%q: the field is a %s, the value an integer", c.key, ft)
		}
		rhs = strconv.Itoa(v)
	}
	if m.Type.Kind == types.Pointer {
		return fmt.Sprintf("item.%s != nil && *item.%s == %s", m.Name, m.Name, rhs), nil
	}
	return fmt.Sprintf("item.%s == %s", m.Name, rhs), nil
}
