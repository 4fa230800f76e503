package defaulter

import (
	"fmt"
	"go/token"
	"regexp"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The tags defaulter-gen reads.
const (
	tagEnabled   = "k8s:defaulter-gen"
	tagInput     = "k8s:defaulter-gen-input"
	tagDefault   = "default"
	prefixBase   = "SetDefaults_"
	prefixObject = "SetObjectDefaults_"
)

// enabledValue is a +k8s:defaulter-gen value: one of the modes below, or
// in doc.go a field name.
type enabledValue string

const (
	// valueCovers, on a SetDefaults_ function: it calls the nested
	// defaulters itself.
	valueCovers enabledValue = "covers"
	// valueFalse turns defaulter-gen off for the package or the type.
	valueFalse enabledValue = "false"
	// valueTrue opts a type in.
	valueTrue enabledValue = "true"
)

// tagSet holds defaulter-gen's tags, each declared with its value's parser.
type tagSet struct {
	// enabled is +k8s:defaulter-gen: in doc.go a field name (every struct
	// with a field of that name gets an object defaulter) or "false"; on a
	// type "true" or "false"; on a SetDefaults_ function "covers".
	enabled tags.Typed[enabledValue]
	// input is +k8s:defaulter-gen-input, the import path of the package
	// whose types get defaulters written into this one.
	input tags.Typed[string]
	// def is +default, a JSON literal or ref(<[import/path.]Name>).
	def tags.Typed[defaultValue]
}

func declareTags() tagSet {
	return tagSet{
		enabled: tags.Declare(tags.Definition{
			Name:   tagEnabled,
			Scopes: tags.Package | tags.Type,
			Syntax: "<FieldName>|false (package), true|false (type), covers (SetDefaults_ function)",
			Doc:    "in doc.go: an object defaulter for every struct with a field of that name (e.g. TypeMeta); on a type: opt it in or out; on a SetDefaults_<Type> function: it calls the nested defaulters itself",
			// Upstream reads every field name of the package.
			Repeatable: true,
		}, parseEnabled),
		input: tags.Declare(tags.Definition{
			Name:   tagInput,
			Scopes: tags.Package,
			Syntax: "<import/path>",
			Doc:    "write the defaulters of the types of another package (e.g. k8s.io/api/core/v1) into this one",
		}, tags.PackagePath),
		def: tags.Declare(tags.Definition{
			Name:   tagDefault,
			Scopes: tags.Member | tags.Type,
			Syntax: "<JSON>|ref(<[import/path.]Name>)",
			Doc:    "the value a field gets when it is empty: a JSON literal (zero values are ignored), or a reference to a constant or variable",
		}, parseDefault),
	}
}

// Registry declares defaulter-gen's tags.
func Registry() *tags.Registry {
	ts := declareTags()
	return &tags.Registry{
		Generator:   Name,
		Namespaces:  []string{tagEnabled},
		Definitions: []tags.Definition{ts.enabled.Definition(), ts.input.Definition(), ts.def.Definition()},
	}
}

var identRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseEnabled reads +k8s:defaulter-gen: a field name or "false" in
// doc.go, "true" or "false" on a type.
func parseEnabled(scope tags.Scope, value string) (enabledValue, error) {
	if scope == tags.Type {
		if enabledValue(value) == valueCovers {
			return "", fmt.Errorf("%q belongs on a SetDefaults_<Type> function, not on the type; on a type write \"true\" or \"false\"", value)
		}
		return tags.Enum(valueTrue, valueFalse)(scope, value)
	}
	switch {
	case enabledValue(value) == valueTrue:
		return "", fmt.Errorf("%q opts one type in and belongs on that type; in doc.go write a field name (e.g. TypeMeta) or \"false\"", value)
	case enabledValue(value) != valueFalse && !identRE.MatchString(value):
		return "", fmt.Errorf("%q is not a field name (want one Go field name, e.g. TypeMeta, per line, or \"false\")", value)
	}
	return enabledValue(value), nil
}

// defaultValue is a +default value: a JSON literal, or a reference.
type defaultValue struct {
	// literal is the JSON text, written into the code as it is.
	literal string
	// ref is what ref(...) names; its Package is empty when unqualified.
	ref types.Name
	// isRef says the value is a ref(...).
	isRef bool
	// decoded is the literal decoded into Go values, for the zero check.
	decoded any
}

var refRE = regexp.MustCompile(`^ref\(([^"]+)\)$`)

// parseDefault reads a +default value: ref(Name), ref(import/path.Name) or
// a JSON literal.
func parseDefault(_ tags.Scope, value string) (defaultValue, error) {
	if m := refRE.FindStringSubmatch(value); m != nil {
		return defaultValue{ref: types.ParseFullyQualifiedName(m[1]), isRef: true}, nil
	}
	if strings.HasPrefix(value, "ref(") {
		return defaultValue{}, fmt.Errorf("%q is not a reference: write ref(Name) or ref(<import/path>.Name), without quotes", value)
	}
	v, err := tags.DefaultJSON(value)
	if err != nil {
		return defaultValue{}, err
	}
	if strings.Contains(value, "`") {
		return defaultValue{}, fmt.Errorf("%q contains a backquote, which the generated code cannot hold; escape it as \\u0060", value)
	}
	return defaultValue{literal: value, decoded: v}, nil
}

// positioner finds a tag line's position in some declaration's comments.
type positioner func(tagLine string) token.Position
