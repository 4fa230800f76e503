package openapi

import (
	"k8s.io/gengo/v2/types"
)

// The union tags: +union on a struct whose fields are the members, or on
// fields (+unionDeprecated) of a struct; +unionDiscriminator on the field
// that names the member set.
const (
	tagUnion              = "union"
	tagUnionDeprecated    = "unionDeprecated"
	tagUnionDiscriminator = "unionDiscriminator"
)

// union is one x-kubernetes-unions entry.
type union struct {
	discriminator string
	// fields maps each member's JSON name to its Go name.
	fields map[string]string
}

// value returns the union as the x-kubernetes-unions entry it is.
func (u union) value() map[string]any {
	out := map[string]any{}
	if u.discriminator != "" {
		out["discriminator"] = u.discriminator
	}
	fields := map[string]any{}
	for k, v := range u.fields {
		fields[k] = v
	}
	out["fields-to-discriminateBy"] = fields
	return out
}

// unionsOf returns the unions of t: t itself when it is a +union struct,
// those of its inlined embedded structs, and the one its +unionDeprecated
// fields make. Problems are warnings, as upstream logs them.
func (p *plan) unionsOf(t *types.Type) []union {
	p.checkDiscriminators(t)
	var out []union
	if has(p.tags.union, t.CommentLines) {
		out = append(out, p.structUnion(t))
	}
	for _, m := range t.Members {
		if !hasValue(p.tags.gen, m.CommentLines, "false") && inlined(m) {
			out = append(out, p.unionsOf(m.Type)...)
		}
	}
	if u, ok := p.memberUnion(t); ok {
		out = append(out, u)
	}
	return out
}

// structUnion returns the union a +union struct is: every field a member,
// but the discriminator.
func (p *plan) structUnion(t *types.Type) union {
	u := union{fields: map[string]string{}}
	for _, m := range t.Members {
		name := jsonName(m)
		switch {
		case name == "":
		case inlined(m):
			p.warnType(t, "union %s cannot have embedded fields (%s)", t.Name.Name, m.Name)
		case has(p.tags.unionDeprecated, m.CommentLines):
			p.warnType(t, "union %s cannot have +unionDeprecated fields (%s)", t.Name.Name, m.Name)
		case has(p.tags.unionDiscriminator, m.CommentLines):
			u.discriminator = name
		default:
			if opt, err := p.optional(t, m); err != nil || !opt {
				p.warnType(t, "member %s of union %s must be optional", m.Name, t.Name.Name)
			}
			u.fields[name] = m.Name
		}
	}
	return u
}

// memberUnion returns the union t's +unionDeprecated fields make, with the
// +unionDiscriminator field; false when there are none.
func (p *plan) memberUnion(t *types.Type) (union, bool) {
	u := union{fields: map[string]string{}}
	for _, m := range t.Members {
		name := jsonName(m)
		if name == "" || inlined(m) {
			continue
		}
		if has(p.tags.unionDiscriminator, m.CommentLines) {
			u.discriminator = name
		}
		switch {
		case has(p.tags.union, m.CommentLines):
			p.warnType(t, "+union belongs on a struct, not on its field %s", m.Name)
		case has(p.tags.unionDeprecated, m.CommentLines):
			if opt, err := p.optional(t, m); err != nil || !opt {
				p.warnType(t, "member %s of union %s must be optional", m.Name, t.Name.Name)
			}
			u.fields[name] = m.Name
		}
	}
	return u, len(u.fields) > 0
}

// checkDiscriminators requires at most one +unionDiscriminator field in
// struct t: upstream logs the second and writes the last into the schema,
// so the first is silently lost. The error is at the second, naming the
// first.
func (p *plan) checkDiscriminators(t *types.Type) {
	var first *types.Member
	for i, m := range t.Members {
		if !has(p.tags.unionDiscriminator, m.CommentLines) || jsonName(m) == "" || inlined(m) {
			continue
		}
		if first == nil {
			first = &t.Members[i]
			continue
		}
		p.errs.Add(p.memberErr(t, m, "+"+tagUnionDiscriminator,
			"field %s of %s: +%s is already on field %s; a union has one discriminator, so keep the tag on one of them",
			m.Name, t.Name.Name, tagUnionDiscriminator, first.Name))
	}
}
