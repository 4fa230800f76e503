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

// Definitions declares the +genclient tags, for a generator's registry.
func Definitions() []tags.Definition {
	flag := func(name, doc string) tags.Definition {
		return tags.Definition{Name: name, Scopes: tags.Type, Doc: doc, Check: noValue}
	}
	return []tags.Definition{
		flag(tagGenClient, "generate a client (and lister and informer) for this type"),
		flag(tagNonNamespaced, "the type is cluster-scoped"),
		flag(tagNoVerbs, "generate no verbs (a client without methods; no informer)"),
		flag(tagNoStatus, "the type has no status subresource: no UpdateStatus/ApplyStatus"),
		flag(tagReadonly, "only get, list and watch"),
		{Name: tagOnlyVerbs, Scopes: tags.Type, Syntax: "<verb>[,...]", Doc: "only these verbs (" + strings.Join(Verbs(), ", ") + ")", Check: checkVerbList},
		{Name: tagSkipVerbs, Scopes: tags.Type, Syntax: "<verb>[,...]", Doc: "all verbs but these", Check: checkVerbList},
		{Name: tagMethod, Scopes: tags.Type, Repeatable: true,
			Syntax: "<Name>,verb=<verb>[,subresource=<path>][,input=<pkg>.<Type>][,result=<pkg>.<Type>]",
			Doc:    "an extra client method", Check: checkMethod},
	}
}

func noValue(_ tags.Scope, value string) error {
	if value != "" {
		return fmt.Errorf("takes no value (got %q); write it bare, or remove it to disable generation", value)
	}
	return nil
}

func checkVerbList(_ tags.Scope, value string) error {
	for _, v := range strings.Split(value, ",") {
		if !slices.Contains(Verbs(), v) {
			return fmt.Errorf("unknown verb %q (known verbs: %s)", v, strings.Join(Verbs(), ", "))
		}
	}
	return nil
}

func checkMethod(_ tags.Scope, value string) error {
	_, err := ParseMethod(value)
	return err
}

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
// detached block above a type, then its doc comment). The lines must have
// passed the registry's Check; only the contradiction of onlyVerbs and
// skipVerbs is reported here.
func Read(reg *tags.Registry, lines []string) (Tags, error) {
	has := func(name string) bool { return len(reg.Values(lines, name)) > 0 }
	t := Tags{
		GenerateClient: has(tagGenClient),
		NonNamespaced:  has(tagNonNamespaced),
		NoStatus:       has(tagNoStatus),
		NoVerbs:        has(tagNoVerbs),
	}
	if v := reg.Values(lines, tagSkipVerbs); len(v) > 0 {
		t.SkipVerbs = strings.Split(v[0], ",")
	}
	only := reg.Values(lines, tagOnlyVerbs)
	if has(tagReadonly) || len(only) > 0 {
		var keep []string
		if has(tagReadonly) {
			keep = readonlyVerbs()
		}
		if len(only) > 0 {
			keep = append(keep, strings.Split(only[0], ",")...)
		}
		skip, err := complement(keep, t.SkipVerbs)
		if err != nil {
			return t, err
		}
		t.SkipVerbs = skip
	}
	for _, spec := range reg.Values(lines, tagMethod) {
		m, err := ParseMethod(spec)
		if err != nil {
			return t, err
		}
		t.Methods = append(t.Methods, m)
	}
	return t, nil
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
