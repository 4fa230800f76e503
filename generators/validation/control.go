package validation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/tags"
)

// The control tags: which packages and types get validations, and how.
const (
	tagEnabled      = "k8s:validation-gen"
	tagInput        = "k8s:validation-gen-input"
	tagScheme       = "k8s:validation-gen-scheme-registry"
	tagFixture      = "k8s:validation-gen-test-fixture"
	tagNoLint       = "k8s:validation-gen-nolint"
	tagTestTargets  = "k8s:validation-gen-test-targets"
	tagIsSub        = "k8s:isSubresource"
	tagSupportsSub  = "k8s:supportsSubresource"
	fixtureValidate = "validateFalse"
)

// controlTags holds the control tags, each declared with its value's
// parser.
type controlTags struct {
	enabled tags.Typed[string]
	input   tags.Typed[string]
	scheme  tags.Typed[string]
	fixture tags.Typed[string]
	noLint  tags.Typed[bool]
	targets tags.Typed[bool]
	isSub   tags.Typed[string]
	supSub  tags.Typed[string]
}

func declareControlTags() controlTags {
	bare := func(_ tags.Scope, v string) (bool, error) {
		if v != "" {
			return false, fmt.Errorf("takes no value")
		}
		return true, nil
	}
	return controlTags{
		enabled: tags.Declare(tags.Definition{Name: tagEnabled, Scopes: tags.Package | tags.Type, Repeatable: true,
			Syntax: "*|TypesWithField=<Name>|TypesWithSuffix=<Suffix> (package), true|false (type)",
			Doc:    "in doc.go: which types get a validation function registered with the scheme; on a type: opt it in or out"}, parseEnabled),
		input: tags.Declare(tags.Definition{Name: tagInput, Scopes: tags.Package, Syntax: "<import/path>",
			Doc: "validate the types of another package (e.g. k8s.io/api/core/v1), writing the functions into this one"}, tags.PackagePath),
		scheme: tags.Declare(tags.Definition{Name: tagScheme, Scopes: tags.Package, Syntax: "<import/path>.<Type>|nil",
			Doc: "the scheme type RegisterValidations takes (default k8s.io/apimachinery/pkg/runtime.Scheme); nil writes no registration"}, parseScheme),
		fixture: tags.Declare(tags.Definition{Name: tagFixture, Scopes: tags.Package, Syntax: fixtureValidate, Repeatable: true,
			Doc: "also write a test that runs the package's validateFalse fixtures"}, tags.OneOf(fixtureValidate)),
		noLint: tags.Declare(tags.Definition{Name: tagNoLint, Scopes: tags.Package,
			Doc: "do not lint the package's validation tags"}, bare),
		targets: tags.Declare(tags.Definition{Name: tagTestTargets, Scopes: tags.Package,
			Doc: "write declarative-validation coverage tests for the package even if it is no versioned API package"}, bare),
		isSub: tags.Declare(tags.Definition{Name: tagIsSub, Scopes: tags.Type, Syntax: `"/<subresource>"`,
			Doc: "the type is the subresource it names, and validates only requests for it"}, unquoted),
		supSub: tags.Declare(tags.Definition{Name: tagSupportsSub, Scopes: tags.Type, Syntax: `"/<subresource>"`, Repeatable: true,
			Doc: "the type's validation also applies to requests for the subresource it names"}, unquoted),
	}
}

// parseEnabled reads a +k8s:validation-gen value.
func parseEnabled(scope tags.Scope, v string) (string, error) {
	if scope == tags.Type {
		if v != "true" && v != "false" {
			return "", fmt.Errorf("on a type the value is true or false, not %q", v)
		}
		return v, nil
	}
	switch {
	case v == "*" || v == "false":
		return v, nil
	case strings.HasPrefix(v, "TypesWithField=") || strings.HasPrefix(v, "TypesWithSuffix="):
		if strings.HasSuffix(v, "=") {
			return "", fmt.Errorf("%q names no field or suffix: write e.g. TypesWithField=TypeMeta", v)
		}
		return v, nil
	case v == "":
		return "", errors.New("needs a value: write *, TypesWithField=<Name> or TypesWithSuffix=<Suffix>")
	}
	return "", fmt.Errorf("unknown value %q: write *, TypesWithField=<Name> or TypesWithSuffix=<Suffix>", v)
}

// unquoted reads a quoted string value, e.g. "/status", as its text.
func unquoted(_ tags.Scope, v string) (string, error) {
	if s, err := strconv.Unquote(v); err == nil {
		return s, nil
	}
	return v, nil
}

// parseScheme reads a +k8s:validation-gen-scheme-registry value.
func parseScheme(_ tags.Scope, v string) (string, error) {
	if v == "nil" {
		return v, nil
	}
	if i := strings.LastIndexByte(v, '.'); i <= 0 || i == len(v)-1 || !strings.Contains(v[:i], "/") && !strings.Contains(v[:i], ".") {
		return "", fmt.Errorf("%q is no <import/path>.<Type>: write e.g. k8s.io/apimachinery/pkg/runtime.Scheme, or nil", v)
	}
	return v, nil
}

// Registry declares validation-gen's control tags; the validation tags
// themselves are checked where they are read, against --docs.
func Registry() *tags.Registry {
	c := declareControlTags()
	return &tags.Registry{
		Generator:  Name,
		Namespaces: []string{tagEnabled},
		Definitions: []tags.Definition{c.enabled.Definition(), c.input.Definition(), c.scheme.Definition(),
			c.fixture.Definition(), c.noLint.Definition(), c.targets.Definition(), c.isSub.Definition(), c.supSub.Definition()},
	}
}
