package openapi

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags of openapi-gen's own namespaces.
const (
	tagGen          = "k8s:openapi-gen"
	tagModelPackage = "k8s:openapi-model-package"
)

// tagSet holds openapi-gen's tags, each declared with its value's parser.
type tagSet struct {
	// gen is +k8s:openapi-gen: true or false on a package, a type or a
	// field, or an x-kubernetes-<name>:<value> extension.
	gen tags.Typed[string]
	// modelPackage is +k8s:openapi-model-package=<prefix>: the model
	// name of each type is <prefix>.<Type>.
	modelPackage tags.Typed[string]
	// optional and required say whether a field is required; enum marks
	// a string type whose constants are its values.
	optional, required, enum tags.Typed[string]
	// def is +default=<JSON>|ref(<name>).
	def tags.Typed[string]
	// union, unionDeprecated and unionDiscriminator make unions.
	union, unionDeprecated, unionDiscriminator tags.Typed[string]
	// extensions are the tags that become vendor extensions, by name.
	extensions map[string]tags.Typed[string]
}

// commonTag declares a tag of the Kubernetes API conventions that
// openapi-gen reads as it is written (other generators read it too, so
// it is not checked here: upstream accepts any value).
func commonTag(name string) tags.Typed[string] {
	return tags.Declare(tags.Definition{Name: name, Scopes: tags.Package | tags.Type | tags.Member, Repeatable: true}, tags.String)
}

// values returns the values of every occurrence of tag in lines, in order.
func values(tag tags.Typed[string], lines []string) []string {
	out, _ := tag.All(lines, tags.Member) // tags.String takes any value
	return out
}

// has reports whether tag is written in lines, with any value.
func has(tag tags.Typed[string], lines []string) bool {
	_, ok := tag.Get(lines, tags.Member)
	return ok
}

// hasValue reports whether one of the values of tag in lines is value.
func hasValue(tag tags.Typed[string], lines []string, value string) bool {
	return slices.Contains(values(tag, lines), value)
}

func declareTags() tagSet {
	extensions := map[string]tags.Typed[string]{}
	for name := range extensionTags() {
		extensions[name] = commonTag(name)
	}
	return tagSet{
		optional: commonTag("optional"), required: commonTag("required"), enum: commonTag(tagEnum),
		def: commonTag(tagDefault), union: commonTag(tagUnion), unionDeprecated: commonTag(tagUnionDeprecated),
		unionDiscriminator: commonTag(tagUnionDiscriminator), extensions: extensions,
		gen: tags.Declare(tags.Definition{
			Name:       tagGen,
			Scopes:     tags.Package | tags.Type | tags.Member,
			Syntax:     "true|false|x-kubernetes-<name>:<value>",
			Doc:        "generate (true) or do not generate (false) OpenAPI definitions for the package's types or this type; or add a vendor extension to the schema",
			Repeatable: true,
		}, genValue),
		modelPackage: tags.Declare(tags.Definition{
			Name:      tagModelPackage,
			Scopes:    tags.Package | tags.Type,
			Syntax:    "<dotted prefix>",
			Doc:       "the prefix of the OpenAPI model names of the package's (or this type's) types, e.g. io.k8s.api.apps.v1; with --output-model-name-file, each type gets an OpenAPIModelName method",
			FirstWins: true,
		}, modelPrefix),
	}
}

// extensionPrefix starts the +k8s:openapi-gen values that are vendor
// extensions of a type's or a field's schema.
const extensionPrefix = "x-kubernetes-"

// genValue accepts the values upstream reads: true and false anywhere, and
// an x-kubernetes-<name>:<value> extension on a type or a field. Upstream
// ignores any other value without a word, so that +k8s:openapi-gen=yes
// leaves a package without definitions: here it is an error at the tag.
func genValue(scope tags.Scope, value string) (string, error) {
	switch {
	case value == "true" || value == "false":
		return value, nil
	case !strings.HasPrefix(value, extensionPrefix):
		return value, fmt.Errorf("unsupported value %q on a %s (want true or false, or an extension %s<name>:<value> on a type or a field)", value, scope, extensionPrefix)
	case scope == tags.Package:
		return value, fmt.Errorf("%q is an extension, which belongs on a type or a field; on a package, write true or false", value)
	}
	return value, nil
}

// modelPrefix accepts a non-empty prefix without spaces or quotes.
func modelPrefix(_ tags.Scope, value string) (string, error) {
	if strings.ContainsAny(value, " \t\"`") {
		return value, fmt.Errorf("%q is not a model name prefix (want a dotted name such as io.k8s.api.apps.v1)", value)
	}
	return value, nil
}

// semanticTags declares the list, map and struct tags whose values
// openapi-gen turns into x-kubernetes extensions: a value outside the
// extension's set is an error where the tag is written.
func semanticTags() []tags.Definition {
	where := tags.Type | tags.Member
	oneOf := func(name, doc string, values ...string) tags.Definition {
		return tags.Definition{Name: name, Scopes: where, Syntax: strings.Join(values, "|"), Doc: doc,
			Parse: tags.Untyped(tags.OneOf(values...)), Repeatable: true}
	}
	return []tags.Definition{
		oneOf("listType", "how a list merges: x-kubernetes-list-type", "atomic", "set", "map"),
		{Name: "listMapKey", Scopes: where, Syntax: "<json field name>", Repeatable: true,
			Doc: "a key field of a +listType=map list's items (repeat for several): x-kubernetes-list-map-keys"},
		oneOf("mapType", "how a map merges: x-kubernetes-map-type", "atomic", "granular"),
		oneOf("structType", "how a struct merges: x-kubernetes-map-type", "atomic", "granular"),
		// patchStrategy takes any value: k8s.io/api's policy/v1 writes
		// "replace", which upstream passes on to the schema.
		{Name: "patchStrategy", Scopes: where, Syntax: "merge|retainKeys|merge,retainKeys", Repeatable: true,
			Doc: "the strategic-merge-patch strategy, as in the patchStrategy struct tag: x-kubernetes-patch-strategy"},
	}
}

// Registry declares the tags openapi-gen reads.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{tagGen, tagModelPackage},
		Definitions: append([]tags.Definition{ts.gen.Definition(), ts.modelPackage.Definition()}, semanticTags()...),
	}
}
