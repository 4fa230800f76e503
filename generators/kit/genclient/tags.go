// Package genclient reads the +genclient tags that client-gen, lister-gen
// and informer-gen share: whether a type gets a client, whether it is
// namespaced, which verbs it has, and its extension methods.
package genclient

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags, without their "+".
const (
	tagGenClient     = "genclient"
	tagNonNamespaced = "genclient:nonNamespaced"
	tagNoVerbs       = "genclient:noVerbs"
	tagNoStatus      = "genclient:noStatus"
	tagReadonly      = "genclient:readonly"
	tagOnlyVerbs     = "genclient:onlyVerbs"
	tagSkipVerbs     = "genclient:skipVerbs"
	tagMethod        = "genclient:method"
)

// Verbs are the verbs a generated client can have, in upstream's order.
func Verbs() []string {
	return []string{"create", "update", "updateStatus", "delete", "deleteCollection",
		"get", "list", "watch", "patch", "apply", "applyStatus"}
}

// readonlyVerbs are the verbs +genclient:readonly keeps.
func readonlyVerbs() []string { return []string{"get", "list", "watch"} }

// tagSet holds the +genclient tags, each with the parser of its value.
type tagSet struct {
	genClient, nonNamespaced, noVerbs, noStatus, readonly tags.Typed[bool]
	onlyVerbs, skipVerbs                                  tags.Typed[[]string]
	method                                                tags.Typed[Method]
}

func newTagSet() tagSet {
	flag := func(name, doc string) tags.Typed[bool] {
		return tags.Declare(tags.Definition{Name: name, Scopes: tags.Type, Doc: doc}, noValue)
	}
	verbs := func(name, doc string) tags.Typed[[]string] {
		return tags.Declare(tags.Definition{Name: name, Scopes: tags.Type, Syntax: "<verb>[,...]", Doc: doc}, verbList)
	}
	return tagSet{
		genClient:     flag(tagGenClient, "generate a client (and lister and informer) for this type"),
		nonNamespaced: flag(tagNonNamespaced, "the type is cluster-scoped"),
		noVerbs:       flag(tagNoVerbs, "generate no verbs (a client without methods; no informer)"),
		noStatus:      flag(tagNoStatus, "the type has no status subresource: no UpdateStatus/ApplyStatus"),
		readonly:      flag(tagReadonly, "only get, list and watch"),
		onlyVerbs:     verbs(tagOnlyVerbs, "only these verbs ("+strings.Join(Verbs(), ", ")+")"),
		skipVerbs:     verbs(tagSkipVerbs, "all verbs but these"),
		method: tags.Declare(tags.Definition{Name: tagMethod, Scopes: tags.Type, Repeatable: true,
			Syntax: "<Name>,verb=<verb>[,subresource=<path>][,input=<pkg>.<Type>][,result=<pkg>.<Type>]",
			Doc:    "an extra client method"}, parseMethod),
	}
}

// Definitions declares the +genclient tags, for a generator's registry.
func Definitions() []tags.Definition {
	s := newTagSet()
	return []tags.Definition{
		s.genClient.Definition(), s.nonNamespaced.Definition(), s.noVerbs.Definition(),
		s.noStatus.Definition(), s.readonly.Definition(),
		s.onlyVerbs.Definition(), s.skipVerbs.Definition(), s.method.Definition(),
	}
}

// noValue accepts a tag written bare, which reads as true.
func noValue(_ tags.Scope, value string) (bool, error) {
	if value != "" {
		return false, fmt.Errorf("takes no value (got %q); write it bare, or remove it to disable generation", value)
	}
	return true, nil
}

// verbList accepts a comma-separated list of known verbs.
func verbList(scope tags.Scope, value string) ([]string, error) {
	vs, _ := tags.List(scope, value)
	for _, v := range vs {
		if !slices.Contains(Verbs(), v) {
			return nil, fmt.Errorf("unknown verb %q (known verbs: %s)", v, strings.Join(Verbs(), ", "))
		}
	}
	return vs, nil
}

func parseMethod(_ tags.Scope, value string) (Method, error) { return ParseMethod(value) }

// Tags is what a type's +genclient tags say.
type Tags struct {
	// GenerateClient is set by +genclient.
	GenerateClient bool
	// NonNamespaced is set by +genclient:nonNamespaced.
	NonNamespaced bool
	// NoStatus is set by +genclient:noStatus.
	NoStatus bool
	// NoVerbs is set by +genclient:noVerbs.
	NoVerbs bool
	// SkipVerbs are the verbs the type does not have (empty: it has all).
	SkipVerbs []string
	// Methods are the +genclient:method extensions.
	Methods []Method
}

// HasVerb reports whether the type has verb, as upstream decides it: from
// the skipped verbs only (NoVerbs is the caller's to check).
func (t Tags) HasVerb(verb string) bool {
	return !slices.Contains(t.SkipVerbs, verb)
}

// Read returns the tags of a type's comment lines (upstream reads the
// detached block above a type, then its doc comment). The lines should have
// passed the registry's Check; a bad value is an error here too, as is the
// contradiction of onlyVerbs and skipVerbs.
func Read(lines []string) (Tags, error) {
	s := newTagSet()
	has := func(tag tags.Typed[bool]) bool { _, ok := tag.Get(lines, tags.Type); return ok }
	t := Tags{
		GenerateClient: has(s.genClient),
		NonNamespaced:  has(s.nonNamespaced),
		NoStatus:       has(s.noStatus),
		NoVerbs:        has(s.noVerbs),
	}
	skip, hasSkip, err := s.skipVerbs.Lookup(lines, tags.Type)
	if err != nil {
		return t, err
	}
	t.SkipVerbs = skip
	only, hasOnly, err := s.onlyVerbs.Lookup(lines, tags.Type)
	if err != nil {
		return t, err
	}
	if err := noVerbsConflict(t.NoVerbs, hasOnly, hasSkip, has(s.readonly)); err != nil {
		return t, err
	}
	if has(s.readonly) || hasOnly {
		var keep []string
		if has(s.readonly) {
			keep = readonlyVerbs()
		}
		if t.SkipVerbs, err = complement(append(keep, only...), t.SkipVerbs); err != nil {
			return t, err
		}
	}
	t.Methods, err = s.method.All(lines, tags.Type)
	return t, err
}

// MethodTags returns every +genclient:method of a type's comment lines, in
// order, each with its parsed Method (or its parse error) and its line, to
// position what is found wrong with the method.
func MethodTags(lines []string) []tags.Value[Method] {
	return newTagSet().method.Each(lines, tags.Type)
}

// TagError is a problem with one tag of a type, so that the caller can
// point at that tag's line.
type TagError struct {
	// Tag is the tag, without its "+", e.g. "genclient:noVerbs".
	Tag string
	// Msg says what is wrong and what to do.
	Msg string
}

// Error returns the message.
func (e *TagError) Error() string { return e.Msg }

// noVerbsConflict reports +genclient:noVerbs beside a tag that chooses
// verbs: the type cannot both have no verbs and some.
func noVerbsConflict(noVerbs, only, skip, readonly bool) error {
	if !noVerbs {
		return nil
	}
	for _, other := range []struct {
		set bool
		tag string
	}{{only, tagOnlyVerbs}, {skip, tagSkipVerbs}, {readonly, tagReadonly}} {
		if other.set {
			return &TagError{Tag: tagNoVerbs, Msg: fmt.Sprintf(
				"+%s contradicts +%s on the same type: keep +%s for a type without a client of its own (e.g. an option type), or remove it to choose the verbs with +%s",
				tagNoVerbs, other.tag, tagNoVerbs, other.tag)}
		}
	}
	return nil
}

// complement returns the verbs not in keep; a verb also in skipped is a
// contradiction.
func complement(keep, skipped []string) ([]string, error) {
	out := []string{}
	for _, v := range Verbs() {
		if slices.Contains(keep, v) {
			continue
		}
		out = append(out, v)
	}
	for _, v := range skipped {
		if slices.Contains(keep, v) {
			return nil, fmt.Errorf("verb %q is in both +%s and +%s (or +%s); keep it in one", v, tagSkipVerbs, tagOnlyVerbs, tagReadonly)
		}
	}
	return out, nil
}
