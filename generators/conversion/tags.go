package conversion

import (
	"fmt"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags conversion-gen reads.
const (
	tagGen          = "k8s:conversion-gen"
	tagExternal     = "k8s:conversion-gen-external-types"
	tagExplicitFrom = "k8s:conversion-gen:explicit-from"
	tagFn           = "k8s:conversion-fn"
	// urlValues is the only source explicit-from supports.
	urlValues = "net/url.Values"
)

// genValue is a +k8s:conversion-gen value: a peer package's import path
// (in doc.go), or genOff.
type genValue string

// genOff ("false"): in doc.go, register only the hand-written conversions;
// on a type or field, leave it out of conversion.
const genOff genValue = "false"

// fnMode is a +k8s:conversion-fn value.
type fnMode string

const (
	// fnNone: the function has no (or no single) +k8s:conversion-fn.
	fnNone fnMode = ""
	// fnCopyOnly: the function only copies; the unsafe fast path stays.
	fnCopyOnly fnMode = "copy-only"
	// fnDrop: the fields of the function's types are dropped.
	fnDrop fnMode = "drop"
)

// tagSet holds conversion-gen's tags, each declared with its value's parser.
type tagSet struct {
	// gen is +k8s:conversion-gen: in doc.go the import path of a peer
	// package (repeatable) or "false" (explicit-only: register the
	// hand-written conversions, generate no peer conversions); on a type
	// or a field "false".
	gen tags.Typed[genValue]
	// external is +k8s:conversion-gen-external-types, the import path of
	// the package whose types are converted by functions written here.
	external tags.Typed[string]
	// explicitFrom is +k8s:conversion-gen:explicit-from on a type: convert
	// from net/url.Values too.
	explicitFrom tags.Typed[string]
	// fn is +k8s:conversion-fn on a hand-written Convert_ function:
	// copy-only or drop.
	fn tags.Typed[fnMode]
}

func declareTags() tagSet {
	return tagSet{
		gen: tags.Declare(tags.Definition{
			Name:       tagGen,
			Scopes:     tags.Package | tags.Type | tags.Member,
			Syntax:     "<peer/import/path>|false (package), false (type, field)",
			Doc:        "in doc.go: generate conversions to the types of the same name in that package (repeatable), or only register hand-written ones (false); on a type or field: leave it out",
			Repeatable: true,
		}, parseGen),
		external: tags.Declare(tags.Definition{
			Name:   tagExternal,
			Scopes: tags.Package,
			Syntax: "<import/path>",
			Doc:    "convert the types of another package (e.g. k8s.io/api/core/v1), writing the functions into this one",
		}, tags.PackagePath),
		explicitFrom: tags.Declare(tags.Definition{
			Name:       tagExplicitFrom,
			Scopes:     tags.Type,
			Syntax:     urlValues,
			Doc:        "also generate a conversion from net/url.Values into the type, reading each field from its json name",
			Repeatable: true,
		}, tags.OneOf(urlValues)),
		fn: tags.Declare(tags.Definition{
			Name:   tagFn,
			Syntax: "copy-only|drop",
			Doc:    "it only copies (the unsafe fast path stays allowed), or the fields of its types are dropped; a function tag, not a type or field tag",
		}, tags.Enum(fnCopyOnly, fnDrop)),
	}
}

// Registry declares conversion-gen's tags.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:  Name,
		Namespaces: []string{tagGen},
		Definitions: []tags.Definition{ts.gen.Definition(), ts.external.Definition(),
			ts.explicitFrom.Definition(), ts.fn.Definition()},
	}
}

// parseGen reads +k8s:conversion-gen: a peer package or "false" in doc.go,
// "false" on a type or field.
func parseGen(scope tags.Scope, value string) (genValue, error) {
	if scope != tags.Package {
		if genValue(value) != genOff {
			return "", fmt.Errorf("unsupported value %q on a %s: the only value there is \"false\" (leave it out of conversion); peer packages are named in doc.go", value, scope)
		}
		return genOff, nil
	}
	if genValue(value) == genOff {
		return genOff, nil
	}
	path, err := tags.PackagePath(scope, value)
	return genValue(path), err
}
