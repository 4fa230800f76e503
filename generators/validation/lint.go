package validation

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/gengo/v2/types"
)

// The lint rules upstream applies to the tags of root types and of every
// type they reach, unless the package or the type says
// +k8s:validation-gen-nolint: +k8s:alpha/+k8s:beta only outermost, no tag
// less stable than its package's API version, and a requiredness tag on
// every non-struct field that has validations.

// linter applies the rules once per type.
type linter struct {
	p      *plan
	linted map[*types.Type]bool
	// transitive caches whether a type (with given opacity) has validations.
	transitive map[opacityKey]int8
}

type opacity struct{ typ, key, val bool }

type opacityKey struct {
	t  *types.Type
	op opacity
}

// lintType lints t's tags and its fields', then the types it reaches.
func (l *linter) lintType(t *types.Type) {
	if l.linted[t] {
		return
	}
	l.linted[t] = true
	if t.CommentLines != nil {
		if _, ok := codetags.Extract("+", t.CommentLines)[tagNoLint]; ok {
			return
		}
		if msg := l.lintTags(t, t, t.CommentLines); msg != "" {
			l.p.Errs.Addf(l.p.typePos(t), "type %s: %s", t.Name.Name, msg)
		}
	}
	switch t.Kind {
	case types.Alias:
		l.lintType(t.Underlying)
	case types.Struct:
		for _, m := range t.Members {
			if msg := l.lintTags(t, m.Type, m.CommentLines); msg != "" {
				l.p.Errs.Addf(l.p.memberPos(t, m.Name), "field %s.%s: %s", t.Name.Name, m.Name, msg)
			}
			l.lintType(m.Type)
		}
	case types.Slice, types.Array, types.Pointer:
		l.lintType(t.Elem)
	case types.Map:
		l.lintType(t.Key)
		l.lintType(t.Elem)
	}
}

// lintTags returns the first rule a comment's tags break, or "".
func (l *linter) lintTags(container, t *types.Type, lines []string) string {
	tags := parsedTags(lines)
	for _, rule := range []func() string{
		func() string { return alphaBetaOutermost(tags) },
		func() string { return l.stability(container, tags) },
		func() string { return l.requiredness(container, t, tags) },
	} {
		if msg := rule(); msg != "" {
			return msg
		}
	}
	return ""
}

// parsedTags returns every tag of the lines that parses, by name.
func parsedTags(lines []string) []codetags.Tag {
	extracted := codetags.Extract("+", lines)
	var out []codetags.Tag
	for _, name := range slices.Sorted(maps.Keys(extracted)) {
		if ts, err := codetags.ParseAll(extracted[name]); err == nil {
			out = append(out, ts...)
		}
	}
	return out
}

// alphaBetaOutermost: +k8s:alpha and +k8s:beta wrap a validation tag, and
// only as the outermost tag.
func alphaBetaOutermost(tags []codetags.Tag) string {
	var check func(t codetags.Tag, outermost bool) string
	check = func(t codetags.Tag, outermost bool) string {
		if t.Name == "k8s:alpha" || t.Name == "k8s:beta" {
			if !outermost {
				return fmt.Sprintf("tag %q can't be used in between", t.Name)
			}
			if t.ValueTag == nil {
				return fmt.Sprintf("tag %q requires a validation tag as its value payload", t.Name)
			}
		}
		if t.ValueTag != nil {
			return check(*t.ValueTag, false)
		}
		return ""
	}
	for _, t := range tags {
		if msg := check(t, true); msg != "" {
			return msg
		}
	}
	return ""
}

// stabilityRank orders the stability levels.
func stabilityRank(level string) int {
	return map[string]int{"Alpha": 0, "Beta": 1, "Stable": 2}[level]
}

// stability: no tag may be less stable than the validation it is in:
// the package's API version's (alpha, beta or stable), +k8s:alpha's or
// +k8s:beta's, at least beta under +k8s:ifEnabled/ifDisabled.
func (l *linter) stability(container *types.Type, tags []codetags.Tag) string {
	level := "Stable"
	switch v := path.Base(container.Name.Package); {
	case strings.Contains(v, "alpha"):
		level = "Alpha"
	case strings.Contains(v, "beta"):
		level = "Beta"
	}
	for _, t := range tags {
		ctx, check := level, t
		if t.Name == "k8s:alpha" || t.Name == "k8s:beta" {
			ctx = map[string]string{"k8s:alpha": "Alpha", "k8s:beta": "Beta"}[t.Name]
			if t.ValueTag == nil {
				continue
			}
			check = *t.ValueTag
		}
		if (check.Name == "k8s:ifEnabled" || check.Name == "k8s:ifDisabled") && ctx == "Stable" {
			ctx = "Beta"
		}
		if msg := l.tagStability(check, ctx); msg != "" {
			return msg
		}
	}
	return ""
}

func (l *linter) tagStability(t codetags.Tag, ctx string) string {
	doc := l.p.docs[t.Name]
	if doc == nil {
		return ""
	}
	if stabilityRank(doc.StabilityLevel) < stabilityRank(ctx) {
		return fmt.Sprintf("tag %q with stability level %q cannot be used in %s validation", t.Name, doc.StabilityLevel, ctx)
	}
	if t.ValueTag != nil {
		return l.tagStability(*t.ValueTag, ctx)
	}
	return ""
}

// requirednessMsg is what the requiredness rule says.
const requirednessMsg = "field with validation must have +k8s:optional, +k8s:required or +k8s:forbidden"

// requiredness: a field that is no struct and has validations, its own
// or its type's, says whether it is optional, required or forbidden.
func (l *linter) requiredness(container, t *types.Type, tags []codetags.Tag) string {
	if container.Kind != types.Struct || container == t {
		return ""
	}
	u := t
	for u.Kind == types.Alias {
		u = u.Underlying
	}
	if u.Kind == types.Struct || hasTagIn(tags, "k8s:optional") || hasTagIn(tags, "k8s:required") || hasTagIn(tags, "k8s:forbidden") {
		return ""
	}
	if l.validating(tags) || l.hasTransitive(t, tagOpacity(tags)) {
		return requirednessMsg
	}
	return ""
}

// hasTagIn reports whether a tag of that name is among tags, or their
// payloads.
func hasTagIn(tags []codetags.Tag, name string) bool {
	for _, t := range tags {
		if t.Name == name || (t.ValueTag != nil && hasTagIn([]codetags.Tag{*t.ValueTag}, name)) {
			return true
		}
	}
	return false
}

// validating reports whether tags hold a validation tag (through the
// tags that take a tag as their value), +k8s:optional and
// +k8s:opaqueType aside.
func (l *linter) validating(tags []codetags.Tag) bool {
	for _, t := range tags {
		doc := l.p.docs[t.Name]
		switch {
		case t.Name == "k8s:optional" || t.Name == "k8s:opaqueType" || doc == nil:
		case doc.PayloadsType == codetags.ValueTypeTag:
			if t.ValueTag != nil && l.validating([]codetags.Tag{*t.ValueTag}) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// tagOpacity is what +k8s:opaqueType (directly, or under eachKey or
// eachVal) makes opaque.
func tagOpacity(tags []codetags.Tag) opacity {
	var op opacity
	for _, t := range tags {
		for (t.Name == "k8s:alpha" || t.Name == "k8s:beta" || t.Name == "k8s:ifEnabled" || t.Name == "k8s:ifDisabled") && t.ValueTag != nil {
			t = *t.ValueTag // wrappers keep what they wrap opaque
		}
		inner := t.ValueTag != nil && t.ValueTag.Name == "k8s:opaqueType"
		switch {
		case t.Name == "k8s:opaqueType":
			op.typ = true
		case t.Name == "k8s:eachKey" && inner:
			op.key = true
		case t.Name == "k8s:eachVal" && inner:
			op.val = true
		}
	}
	return op
}

// hasTransitive reports whether values of t carry validations, through
// what t is made of, as far as opacity lets validation descend.
func (l *linter) hasTransitive(t *types.Type, op opacity) bool {
	has, _ := l.transitiveOf(t, op)
	return has
}

// transitiveOf is hasTransitive, also reporting whether a cycle cut the
// answer short (then it is not cached).
func (l *linter) transitiveOf(t *types.Type, op opacity) (has, cut bool) {
	if op.typ {
		return false, false
	}
	k := opacityKey{t, op}
	switch l.transitive[k] {
	case 1:
		return true, false
	case 2:
		return false, false
	case 3:
		return false, true // being worked out: a cycle
	}
	l.transitive[k] = 3
	has, cut = l.transitiveWork(t, op)
	switch {
	case cut:
		delete(l.transitive, k)
	case has:
		l.transitive[k] = 1
	default:
		l.transitive[k] = 2
	}
	return has, cut
}

func (l *linter) transitiveWork(t *types.Type, op opacity) (has, cut bool) {
	tags := parsedTags(t.CommentLines)
	own := tagOpacity(tags)
	op = opacity{op.typ || own.typ, op.key || own.key, op.val || own.val}
	if op.typ {
		return false, false
	}
	if l.emits(tags) {
		return true, false
	}
	switch t.Kind {
	case types.Alias, types.Pointer:
		next := t.Elem
		if t.Kind == types.Alias {
			next = t.Underlying
		}
		return l.transitiveOf(next, op)
	case types.Slice, types.Array:
		return l.transitiveOf(t.Elem, opacity{typ: op.val})
	case types.Map:
		kh, kc := l.transitiveOf(t.Key, opacity{typ: op.key})
		vh, vc := l.transitiveOf(t.Elem, opacity{typ: op.val})
		return kh || vh, kc || vc
	case types.Struct:
		for _, m := range t.Members {
			mtags := parsedTags(m.CommentLines)
			if l.validating(mtags) {
				return true, cut
			}
			mo := tagOpacity(mtags)
			h, c := l.transitiveOf(m.Type, opacity{op.typ || mo.typ, op.key || mo.key, op.val || mo.val})
			cut = cut || c
			if h {
				return true, cut
			}
		}
	}
	return false, cut
}

// emits reports whether a type's tags give it validations of its own:
// any validation tag but those that only describe (+k8s:listMapKey,
// +k8s:customUnique, +k8s:enumExclude, the discriminators, opacity) and
// +k8s:minLength=0.
func (l *linter) emits(tags []codetags.Tag) bool {
	for _, t := range tags {
		if l.p.docs[t.Name] == nil {
			continue
		}
		switch t.Name {
		case "k8s:opaqueType", "k8s:listMapKey", "k8s:customUnique", "k8s:enumExclude", "k8s:unionDiscriminator", "k8s:modeDiscriminator":
			continue
		case "k8s:minLength":
			if t.Value == "0" {
				continue
			}
		case "k8s:eachKey", "k8s:eachVal":
			if t.ValueTag != nil && t.ValueTag.Name == "k8s:opaqueType" {
				continue
			}
		}
		return true
	}
	return false
}

// lintRoots lints the root types of a package, unless it says
// +k8s:validation-gen-nolint.
func (p *plan) lintRoots(a *activation, l *linter) {
	if _, ok := codetags.Extract("+", a.pkg.Comments)[tagNoLint]; ok {
		return
	}
	for _, t := range a.roots {
		l.lintType(t)
	}
}
