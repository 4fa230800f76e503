package openapi

import (
	"go/token"
	"reflect"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// typeWhere returns where tag lines of t's comment are.
func (p *plan) typeWhere(t *types.Type) func(line string) token.Position {
	if p.index == nil || t.Name.Package == "" {
		return func(string) token.Position { return token.Position{} }
	}
	return p.index.TypeTag(t)
}

// memberWhere returns where tag lines of the comment of field m of t are.
func (p *plan) memberWhere(t *types.Type, m types.Member) func(line string) token.Position {
	if p.index == nil || t.Name.Package == "" {
		return func(string) token.Position { return token.Position{} }
	}
	return p.index.MemberTag(t, m.Name)
}

// typeErr returns a problem with type t, at its declaration.
func (p *plan) typeErr(t *types.Type, format string, args ...any) error {
	var pos token.Position
	if p.index != nil && t.Name.Package != "" {
		pos = p.index.Type(t).Pos
	}
	return diag.Errorf(pos, format, args...)
}

// memberErr returns a problem with field m of t, at the tag line that
// starts with tag ("" for the field itself).
func (p *plan) memberErr(t *types.Type, m types.Member, tag string, format string, args ...any) error {
	if tag == "" {
		var pos token.Position
		if p.index != nil && t.Name.Package != "" {
			pos = p.index.Member(t, m.Name).Pos
		}
		return diag.Errorf(pos, format, args...)
	}
	return diag.Errorf(p.memberWhere(t, m)(strings.TrimPrefix(tag, "+")), format, args...)
}

// warnType warns about t, at its declaration.
func (p *plan) warnType(t *types.Type, format string, args ...any) {
	klog.Warning(p.typeErr(t, format, args...).Error())
}

// checkPatchTags requires the patchMergeKey and patchStrategy of field m
// of t to be the same in its comment and in its struct tags, as upstream
// does.
func (p *plan) checkPatchTags(t *types.Type, m types.Member) error {
	for _, key := range []string{"patchMergeKey", "patchStrategy"} {
		values := values(p.tags.extensions[key], m.CommentLines)
		if len(values) > 1 {
			return p.memberErr(t, m, "+"+key, "field %s: +%s is given more than once; keep one", m.Name, key)
		}
		comment := ""
		if len(values) == 1 {
			comment = values[0]
		}
		if st := reflect.StructTag(m.Tags).Get(key); st != comment {
			return p.memberErr(t, m, "", "field %s of %s: %s is %q in its struct tag and %q in its comment; make them the same", m.Name, t.Name, key, st, comment)
		}
	}
	return nil
}

// warnMapKeys warns about a +listType=map field m of t without
// +listMapKey, and about each +listMapKey that names no field of the
// list's items. Upstream writes either into the schema without a word,
// and servers then reject it; but real packages have such keys
// (kube-scheduler's config/v1 ScoringStrategy.Resources), so neither is
// an error.
func (p *plan) warnMapKeys(t *types.Type, m types.Member) {
	keys := values(p.tags.extensions["listMapKey"], m.CommentLines)
	if len(keys) == 0 && hasValue(p.tags.extensions["listType"], m.CommentLines, "map") {
		klog.Warning(p.memberErr(t, m, "listType=map", "field %s: +listType=map without +listMapKey: the schema gets no x-kubernetes-list-map-keys, which servers need to merge the list; add +listMapKey=<json name> for each field that keys the items", m.Name).Error())
		return
	}
	list := resolve(m.Type)
	if len(keys) == 0 || (list.Kind != types.Slice && list.Kind != types.Array) {
		return
	}
	item := resolve(list.Elem)
	if item.Kind != types.Struct {
		return
	}
	for _, key := range keys {
		if !hasJSONField(item, key) {
			klog.Warning(p.memberErr(t, m, "listMapKey="+key, "field %s: +listMapKey=%s names no field of %s; give the JSON name of one of its fields (the schema says what the comment says)", m.Name, key, item.Name.Name).Error())
		}
	}
}

// hasJSONField reports whether struct t (its inlined structs included)
// has a field named name in JSON.
func hasJSONField(t *types.Type, name string) bool {
	for _, m := range t.Members {
		if inlined(m) && hasJSONField(resolve(m.Type), name) || jsonName(m) == name {
			return true
		}
	}
	return false
}
