package prereleaselifecycle

import (
	"go/token"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// lifecycle is what an API type's methods return; nil fields are methods
// not written.
type lifecycle struct {
	introduced  version
	deprecated  *version
	removed     *version
	replacement *gvk
}

// explicit is what a type's tags say, each field nil when its tag is
// absent or malformed (reported by the tag check).
type explicit struct {
	introduced, deprecated, removed *version
	replacement                     *gvk
}

// read returns the lifecycle tags of t.
func (ts tagSet) read(t *types.Type) explicit {
	lines := inplace.TypeLines(t)
	get := func(h tags.Typed[version]) *version {
		if v, ok := h.Get(lines, tags.Type); ok {
			return &v
		}
		return nil
	}
	var e explicit
	e.introduced, e.deprecated, e.removed = get(ts.introduced), get(ts.deprecated), get(ts.removed)
	if r, ok := ts.replacement.Get(lines, tags.Type); ok {
		e.replacement = &r
	}
	return e
}

// has reports whether t carries any of the lifecycle tags, well formed or
// not.
func (ts tagSet) has(t *types.Type) (string, bool) {
	lines := inplace.TypeLines(t)
	for _, h := range []tags.Typed[version]{ts.introduced, ts.deprecated, ts.removed} {
		if _, ok, _ := h.Lookup(lines, tags.Type); ok {
			return h.Name(), true
		}
	}
	if _, ok, _ := ts.replacement.Lookup(lines, tags.Type); ok {
		return ts.replacement.Name(), true
	}
	return "", false
}

// resolve applies upstream's policy: deprecated defaults to introduced
// plus three minor releases and removed to deprecated plus three; in a GA
// package (path ending in v<N>) neither is written unless tagged.
func resolve(e explicit, ga bool) lifecycle {
	l := lifecycle{introduced: *e.introduced, replacement: e.replacement}
	deprecated := e.introduced.plusThree()
	if e.deprecated != nil {
		deprecated = *e.deprecated
	}
	removed := deprecated.plusThree()
	if e.removed != nil {
		removed = *e.removed
	}
	if !ga || e.deprecated != nil {
		l.deprecated = &deprecated
	}
	if !ga || e.removed != nil {
		l.removed = &removed
	}
	return l
}

// checkType reports what is wrong with the lifecycle of a type of an
// enabled package: an API type without +...:introduced, releases out of
// order, hand-written methods with the wrong signature; lifecycle tags on
// a type that gets no methods.
func (p *plan) checkType(t *types.Type) {
	decl := p.Index.Type(t)
	if !isAPIType(t) {
		if name, ok := p.tags.has(t); ok {
			p.Errs.Addf(decl.Find(name), "+%s on type %s, which gets no lifecycle methods: only exported structs that embed TypeMeta do; remove the tag", name, t.Name.Name)
		}
		return
	}
	if _, ok, _ := p.tags.introduced.Lookup(inplace.TypeLines(t), tags.Type); !ok {
		p.Errs.Addf(decl.Pos, "type %s embeds TypeMeta in a package with +%s=true but has no +%s=<major>.<minor>; add the release that introduced it, e.g. +%s=1.30", t.Name.Name, tagEnabled, tagIntroduced, tagIntroduced)
		return
	}
	e := p.tags.read(t)
	if e.introduced == nil {
		return // malformed, reported by the tag check
	}
	p.checkOrder(decl.Find, e, isGA(t.Name.Package))
	p.checkMethods(t, e, decl.Pos)
}

// checkOrder reports a deprecation before the introduction, a removal
// before the deprecation (or, with no deprecation written, before the
// introduction), and a removal without a deprecation in a GA version,
// which has no default deprecation (upstream writes a Removed method and
// no Deprecated one).
func (p *plan) checkOrder(find func(string) token.Position, e explicit, ga bool) {
	if e.deprecated != nil && e.deprecated.before(*e.introduced) {
		p.Errs.Addf(find(tagDeprecated), "+%s=%s is before +%s=%s: a type cannot be deprecated before it is introduced", tagDeprecated, e.deprecated, tagIntroduced, e.introduced)
		return
	}
	if e.removed == nil {
		return
	}
	switch {
	case e.deprecated != nil && e.removed.before(*e.deprecated):
		p.Errs.Addf(find(tagRemoved), "+%s=%s is before +%s=%s: a type cannot be removed before it is deprecated", tagRemoved, e.removed, tagDeprecated, e.deprecated)
	case e.deprecated == nil && e.removed.before(*e.introduced):
		p.Errs.Addf(find(tagRemoved), "+%s=%s is before +%s=%s: a type cannot be removed before it is introduced", tagRemoved, e.removed, tagIntroduced, e.introduced)
	case e.deprecated == nil && ga:
		p.Errs.Addf(find(tagRemoved), "+%s=%s without +%s in a GA version: a GA version gets no deprecation by default, so the type would be removed without ever being deprecated; add +%s=<major>.<minor> no later than %s", tagRemoved, e.removed, tagDeprecated, tagDeprecated, e.removed)
	case e.deprecated == nil && e.removed.before(e.introduced.plusThree()):
		p.Errs.Addf(find(tagRemoved), "+%s=%s is before the deprecation, which defaults to %s (introduced plus three minor releases); add +%s=<major>.<minor> no later than %s", tagRemoved, e.removed, e.introduced.plusThree(), tagDeprecated, e.removed)
	}
}
