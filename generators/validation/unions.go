package validation

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	gotags "k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"
)

// unionKind is a kind of union: +k8s:unionMember's (exactly one member
// set, or what a discriminator says) or +k8s:zeroOrOneOfMember's.
type unionKind struct {
	prefix, fn, discriminated, origin string
}

func unionKinds() (union, zeroOrOne unionKind) {
	return unionKind{prefix: "unionMembershipFor", fn: "Union", discriminated: "DiscriminatedUnion", origin: "union"},
		unionKind{prefix: "zeroOrOneOfMembershipFor", fn: "ZeroOrOneOfUnion", origin: "zeroOrOneOf"}
}

// unionInfo is one union of a struct's fields or a list's items.
type unionInfo struct {
	// members are the JSON names (or item paths) and member names.
	members []unionMember
	// fields are the member fields; items the selectors of member items.
	fields []*types.Member
	items  map[string][]criterion
	// discriminator is the JSON name of the discriminator field, if any.
	discriminator *types.Member
	discName      string
}

type unionMember struct{ json, name string }

// unionsAt returns the unions of one kind declared in the struct or
// list at path, by union name.
func (p *plan) unionsAt(k unionKind, path string) map[string]*unionInfo {
	key := k.prefix + " " + path
	if p.unions[key] == nil {
		p.unions[key] = map[string]*unionInfo{}
	}
	return p.unions[key]
}

func (p *plan) unionNamed(k unionKind, path, name string) *unionInfo {
	us := p.unionsAt(k, path)
	if us[name] == nil {
		us[name] = &unionInfo{items: map[string][]criterion{}}
	}
	return us[name]
}

// unionDiscriminator is the handler of +k8s:unionDiscriminator: the
// string field that names the union's member that is set.
func (p *plan) unionDiscriminator(ctx tagContext, tag codetags.Tag) (validations, error) {
	if nonPointer(nativeType(ctx.t)) != types.String {
		return validations{}, fmt.Errorf("can only be used on string types (%s)", typeChain(ctx.t))
	}
	if ctx.member == nil {
		return validations{}, fmt.Errorf("can only be used on a struct field")
	}
	u, _ := unionKinds()
	name, _ := tag.NamedArg("union")
	info := p.unionNamed(u, ctx.parentPath, name.Value)
	if j, ok := gotags.LookupJSON(*ctx.member); ok {
		info.discriminator, info.discName = ctx.member, j.Name
	}
	return validations{}, nil
}

// unionMember is the handler of +k8s:unionMember (k is the union kind)
// and +k8s:zeroOrOneOfMember: a field, or a list item, of a union; the
// union's check is the enclosing struct's (or list's).
func (p *plan) unionMember(k unionKind) tagHandler {
	return func(ctx tagContext, tag codetags.Tag) (validations, error) {
		name, _ := tag.NamedArg("union")
		memberName, hasName := tag.NamedArg("memberName")
		info := p.unionNamed(k, ctx.parentPath, name.Value)
		switch ctx.scope {
		case scopeField:
			if err := addFieldMember(info, ctx.member, memberName.Value, hasName); err != nil {
				return validations{}, err
			}
		case scopeListVal:
			if ctx.selector == nil {
				return validations{}, fmt.Errorf("a list item is a union member only through +k8s:item(<key>: <value>)=+%s", tag.Name)
			}
			parts := strings.Split(ctx.path, ".")
			item := parts[len(parts)-1]
			if _, dup := info.items[item]; dup {
				return validations{}, fmt.Errorf("list-item union member %q already exists", item)
			}
			info.members = append(info.members, unionMember{json: item, name: memberName.Value})
			info.items[item] = ctx.selector
		default:
			return validations{}, fmt.Errorf("can only be used on fields and list items")
		}
		parentPath, parent := ctx.parentPath, ctx.parent
		return validations{parent: []deferred{func() (validations, error) { return p.unionCheck(k, parentPath, parent) }}}, nil
	}
}

// addFieldMember records a field of a union.
func addFieldMember(info *unionInfo, m *types.Member, memberName string, hasName bool) error {
	switch nativeType(m.Type).Kind {
	case types.Pointer, types.Map, types.Slice, types.Builtin:
	default:
		return fmt.Errorf("can only be used on nilable and primitive types (%s)", nativeType(m.Type).Kind)
	}
	j, ok := gotags.LookupJSON(*m)
	if !ok || j.Name == "" {
		return fmt.Errorf("field %s is a union member but has no JSON name", m.Name)
	}
	if !hasName {
		memberName = m.Name
	}
	info.members = append(info.members, unionMember{json: j.Name, name: memberName})
	info.fields = append(info.fields, m)
	return nil
}

// unionCheck returns, once per struct or list, the check of each of its
// unions of kind k, in the order of their names.
func (p *plan) unionCheck(k unionKind, path string, parent *types.Type) (validations, error) {
	if kind := nonPointer(nativeType(parent)).Kind; kind != types.Struct && kind != types.Slice {
		return validations{}, nil
	}
	key := k.prefix + " " + path
	us := p.unions[key]
	if len(us) == 0 {
		return validations{}, nil
	}
	delete(p.unions, key)
	names := make([]string, 0, len(us))
	for n := range us {
		names = append(names, n)
	}
	slices.Sort(names)
	var out validations
	for _, n := range names {
		v, err := p.oneUnion(k, path, n, us[n], parent)
		if err != nil {
			return validations{}, err
		}
		out.add(v)
	}
	return out, nil
}

// unsafeChars are what a variable name cannot hold.
var unsafeChars = regexp.MustCompile(`[^a-zA-Z0-9_]`)

// oneUnion returns the check of one union and its membership variable.
func (p *plan) oneUnion(k unionKind, path, name string, u *unionInfo, parent *types.Type) (validations, error) {
	if len(u.fields) == 0 && u.discriminator == nil && len(u.items) == 0 {
		return validations{}, nil
	}
	nt := nonPointer(nativeType(parent))
	switch {
	case len(u.fields) > 0 && len(u.items) > 0:
		return validations{}, fmt.Errorf("a union cannot have both field members and item members")
	case nt.Kind == types.Struct && len(u.items) > 0:
		return validations{}, fmt.Errorf("a struct's union cannot have item members")
	case nt.Kind == types.Slice && len(u.fields) > 0:
		return validations{}, fmt.Errorf("a list's union cannot have field members")
	}
	varName := k.prefix + "_" + unsafeChars.ReplaceAllString(strings.ReplaceAll(path+"_"+name, ".", "_"), "_")
	var extractors []any
	for _, m := range u.fields {
		extractors = append(extractors, memberExtractor{owner: parent, m: m})
	}
	if nt.Kind == types.Slice {
		keys := make([]string, 0, len(u.items))
		for key := range u.items {
			keys = append(keys, key)
		}
		slices.Sort(keys)
		for _, key := range keys {
			x, err := newItemExtractor(parent, nonPointer(nt.Elem), u.items[key])
			if err != nil {
				return validations{}, err
			}
			extractors = append(extractors, x)
		}
	}
	membership := call{fn: validateFn("NewUnionMembership")}
	fn := k.fn
	args := []any{rawExpr(varName)}
	if u.discriminator != nil && k.discriminated != "" {
		membership = call{fn: validateFn("NewDiscriminatedUnionMembership"), args: []any{u.discName}}
		fn = k.discriminated
		args = append(args, discriminatorExtractor{owner: parent, m: u.discriminator})
	}
	for _, m := range u.members {
		if u.discriminator != nil && k.discriminated != "" {
			membership.args = append(membership.args, call{fn: validateFn("NewDiscriminatedUnionMember"), args: []any{m.json, m.name}})
		} else {
			membership.args = append(membership.args, call{fn: validateFn("NewUnionMember"), args: []any{m.json}})
		}
	}
	return validations{
		vars:  []variable{{name: varName, value: membership}},
		calls: []call{call{fn: validateFn(fn), args: append(args, extractors...)}.emitting("FieldValueInvalid", k.origin, "")},
	}, nil
}

// memberExtractor is an argument: the function that tells whether a
// union's member field is set.
type memberExtractor struct {
	owner *types.Type
	m     *types.Member
}

// discriminatorExtractor is an argument: the function that returns the
// union's discriminator.
type discriminatorExtractor struct {
	owner *types.Type
	m     *types.Member
}

// itemExtractor is an argument: the function that tells whether a
// union's member item is in the list.
type itemExtractor struct {
	list *types.Type
	cond string
}

func newItemExtractor(list, elem *types.Type, sel []criterion) (itemExtractor, error) {
	sel = slices.Clone(sel)
	slices.SortFunc(sel, func(a, b criterion) int { return cmp.Compare(a.key, b.key) })
	var terms []string
	for _, c := range sel {
		t, err := matchTerm(elem, c)
		if err != nil {
			return itemExtractor{}, err
		}
		terms = append(terms, strings.ReplaceAll(t, "item.", "list[i]."))
	}
	return itemExtractor{list: list, cond: strings.Join(terms, " && ")}, nil
}

// unionLiteral renders the union arguments.
func (g *gen) unionLiteral(v any) (string, bool) {
	switch v := v.(type) {
	case memberExtractor:
		var body string
		switch nativeType(v.m.Type).Kind {
		case types.Pointer:
			body = fmt.Sprintf("return obj.%s != nil", v.m.Name)
		case types.Map, types.Slice:
			body = fmt.Sprintf("return len(obj.%s) != 0", v.m.Name)
		default:
			body = fmt.Sprintf("var z %s; return obj.%s != z", g.typeName(v.m.Type), v.m.Name)
		}
		return fmt.Sprintf("\nfunc(obj *%s) bool { if obj == nil {return false}; %s }", g.typeName(v.owner), body), true
	case discriminatorExtractor:
		return fmt.Sprintf("\nfunc(obj *%s) string { if obj == nil {return \"\"}; return string(obj.%s) }", g.typeName(v.owner), v.m.Name), true
	case itemExtractor:
		return fmt.Sprintf("\nfunc(list %s) bool { for i := range list {\nif %s {\nreturn true\n}\n}\nreturn false }", g.typeName(v.list), v.cond), true
	case call:
		return g.funcCall(v, ""), true
	}
	return "", false
}
