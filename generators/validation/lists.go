package validation

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/codetags"
	gotags "k8s.io/gengo/v2/parser/tags"
	"k8s.io/gengo/v2/types"
)

// listInfo is what +k8s:listType, +k8s:unique, +k8s:listMapKey and
// +k8s:customUnique say of one list (a field or a type).
type listInfo struct {
	// listType is the +k8s:listType value ("" when not given).
	listType string
	// semantic is "atomic", "set" or "map": what makes items the same.
	semantic string
	// keys are a map list's key fields, in the order their tags are written.
	keys []*types.Member
	// keyNames are their JSON names.
	keyNames []string
	// custom says uniqueness is checked by hand-written code.
	custom bool
	// level is the stability of the tag that set the semantic.
	level stability
}

// list returns the list information recorded at path, creating it.
func (p *plan) list(path string) *listInfo {
	if p.lists[path] == nil {
		p.lists[path] = &listInfo{}
	}
	return p.lists[path]
}

// listFor returns the list information of the list t at path: its own,
// else its type's.
func (p *plan) listFor(t *types.Type, path string) *listInfo {
	if l := p.lists[path]; l != nil {
		return l
	}
	return p.lists[t.String()]
}

// onList checks that t is a list, for the list tags.
func onList(t *types.Type) error {
	if k := nativeType(t).Kind; k != types.Slice && k != types.Array {
		return fmt.Errorf("can only be used on list types (this is a %s)", strings.ToLower(string(k)))
	}
	return nil
}

// structElem reports whether t's items are structs (or pointers to).
func structElem(t *types.Type) bool {
	return nonPointer(nativeType(nativeType(t).Elem)).Kind == types.Struct
}

// listType is the handler of +k8s:listType.
func (p *plan) listType(ctx tagContext, tag codetags.Tag) (validations, error) {
	if err := onList(ctx.t); err != nil {
		return validations{}, err
	}
	l := p.list(ctx.path)
	l.level = ctx.level
	if l.listType != "" {
		return validations{}, fmt.Errorf("the list already has a +k8s:listType; keep one")
	}
	switch tag.Value {
	case "atomic":
		if l.semantic == "" {
			l.semantic = "atomic"
		}
	case "set", "map":
		if l.semantic != "" && l.semantic != "atomic" {
			return validations{}, fmt.Errorf("+k8s:unique is redundant with listType=%s; drop it", tag.Value)
		}
		if tag.Value == "map" && !structElem(ctx.t) {
			return validations{}, fmt.Errorf("only lists of structs can be list-maps")
		}
		l.semantic = tag.Value
	default:
		return validations{}, fmt.Errorf("unknown list type %q (known: atomic, set, map)", tag.Value)
	}
	l.listType = tag.Value
	return validations{deferred: []deferred{func() (validations, error) { return p.uniqueness(ctx) }}}, nil
}

// unique is the handler of +k8s:unique: an atomic list whose items are
// unique all the same.
func (p *plan) unique(ctx tagContext, tag codetags.Tag) (validations, error) {
	if err := onList(ctx.t); err != nil {
		return validations{}, err
	}
	l := p.list(ctx.path)
	l.level = ctx.level
	if l.listType != "" && l.listType != "atomic" {
		return validations{}, fmt.Errorf("+k8s:unique may not be used with listType=set or listType=map")
	}
	if l.semantic != "" && l.semantic != "atomic" {
		return validations{}, fmt.Errorf("the list already has a +k8s:unique; keep one")
	}
	switch tag.Value {
	case "set":
	case "map":
		if !structElem(ctx.t) {
			return validations{}, fmt.Errorf("only lists of structs can be list-maps")
		}
	default:
		return validations{}, fmt.Errorf("unknown unique type %q (known: set, map)", tag.Value)
	}
	l.semantic = tag.Value
	return validations{deferred: []deferred{func() (validations, error) { return p.uniqueness(ctx) }}}, nil
}

// listMapKey is the handler of +k8s:listMapKey: a key field of a map
// list's items, by JSON name.
func (p *plan) listMapKey(ctx tagContext, tag codetags.Tag) (validations, error) {
	if err := onList(ctx.t); err != nil {
		return validations{}, err
	}
	if !structElem(ctx.t) {
		return validations{}, fmt.Errorf("only lists of structs can be list-maps")
	}
	st := nonPointer(nativeType(nativeType(ctx.t).Elem))
	m := memberByJSON(st, tag.Value)
	if m == nil {
		return validations{}, fmt.Errorf("no field of %s has the JSON name %q (it has %s)", st.Name.Name, tag.Value, jsonNames(st))
	}
	if kt := nonPointerOnce(m.Type); nativeType(kt).Kind != types.Builtin {
		return validations{}, fmt.Errorf("only primitive types and pointers to primitive types can be list-map keys, not %s", m.Type)
	}
	l := p.list(ctx.path)
	l.keys = append(l.keys, m)
	l.keyNames = append(l.keyNames, tag.Value)
	return validations{}, nil
}

// customUnique is the handler of +k8s:customUnique.
func (p *plan) customUnique(ctx tagContext, _ codetags.Tag) (validations, error) {
	if err := onList(ctx.t); err != nil {
		return validations{}, err
	}
	p.list(ctx.path).custom = true
	return validations{}, nil
}

func nonPointerOnce(t *types.Type) *types.Type {
	if t.Kind == types.Pointer {
		return t.Elem
	}
	return t
}

// memberByJSON returns the field of st with the JSON name, or nil.
func memberByJSON(st *types.Type, name string) *types.Member {
	for i := range st.Members {
		if j, ok := gotags.LookupJSON(st.Members[i]); ok && j.Name == name {
			return &st.Members[i]
		}
	}
	return nil
}

func jsonNames(st *types.Type) string {
	var names []string
	for _, m := range st.Members {
		if j, ok := gotags.LookupJSON(m); ok && j.Name != "" {
			names = append(names, j.Name)
		}
	}
	if len(names) == 0 {
		return "no JSON names"
	}
	return strings.Join(names, ", ")
}

// uniqueness returns the check that a set's values or a map list's keys
// are unique, once per list.
func (p *plan) uniqueness(ctx tagContext) (validations, error) {
	nt := nativeType(ctx.t)
	l := p.lists[ctx.path]
	if ctx.scope == scopeField {
		if tl := p.lists[ctx.t.String()]; tl != nil {
			if l != nil {
				return validations{}, fmt.Errorf("both the field and its type %s say what kind of list it is; keep the type's", ctx.t.Name.Name)
			}
			l = tl
		}
	}
	if l == nil || p.listDone[ctx.path] {
		return validations{}, nil
	}
	p.listDone[ctx.path] = true
	if err := l.check(); err != nil {
		return validations{}, err
	}
	if l.custom {
		return validations{comments: []string{"Uniqueness validation is implemented via custom, handwritten validation"}}, nil
	}
	fn := "ValSliceUnique"
	if nt.Elem.Kind == types.Pointer {
		fn = "PtrSliceUnique"
	}
	switch l.semantic {
	case "set":
		c := call{fn: validateFn(fn), args: []any{equalFn(directlyComparable(nonPointer(nativeType(nt.Elem))))}, level: l.level,
			emits: []emission{{"FieldValueDuplicate", "", "[*]"}}}
		return validations{calls: []call{c.withComment("lists with set semantics require unique values")}}, nil
	case "map":
		c := call{fn: validateFn(fn), args: []any{matchFunc{l: l, elem: nt.Elem}}, level: l.level,
			emits: []emission{{"FieldValueDuplicate", "", "[*]"}}}
		return validations{calls: []call{c.withComment("lists with map semantics require unique keys")}}, nil
	}
	return validations{}, nil
}

// check reports list tags that do not go together.
func (l *listInfo) check() error {
	switch {
	case len(l.keys) > 0 && l.semantic != "map":
		return fmt.Errorf("+k8s:listMapKey needs +k8s:listType=map or +k8s:unique=map")
	case l.semantic == "map" && len(l.keys) == 0:
		return fmt.Errorf("a map list needs +k8s:listMapKey=<json name> for each key field")
	case l.listType == "":
		return fmt.Errorf("+k8s:listType must be specified: write +k8s:listType=atomic, set or map")
	}
	return nil
}

// matchFunc is an argument: the function that tells whether two items
// of a map list have the same keys.
type matchFunc struct {
	l    *listInfo
	elem *types.Type
}

// listMatch returns the match and equivalence arguments of a call on
// each value of the list t at path: nil, nil for an atomic list.
func (p *plan) listMatch(t *types.Type, path string, elem *types.Type, comparable bool) (any, any) {
	l := p.listFor(t, path)
	if l == nil {
		return rawExpr("nil"), rawExpr("nil")
	}
	switch l.semantic {
	case "map":
		return matchFunc{l: l, elem: elem}, equalFn(comparable)
	case "set":
		return equalFn(comparable), rawExpr("nil")
	}
	return rawExpr("nil"), rawExpr("nil")
}

// matchBody is the body of a map list's match function.
func (m matchFunc) body() string {
	var terms []string
	for _, k := range m.l.keys {
		n := k.Name
		if k.Type.Kind == types.Pointer {
			terms = append(terms, fmt.Sprintf("((a.%s == nil && b.%s == nil) || (a.%s != nil && b.%s != nil && *a.%s == *b.%s))", n, n, n, n, n, n))
		} else {
			terms = append(terms, fmt.Sprintf("a.%s == b.%s", n, n))
		}
	}
	return "return " + strings.Join(terms, " && ")
}
