package validation

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/codetags"
)

// formatFuncs maps each +k8s:format value generated code can check to
// the validate function that checks it. k8s-ip is documented upstream
// but generates nothing there either.
func formatFuncs() map[string]string {
	return map[string]string{
		"k8s-extended-resource-name":        "ExtendedResourceName",
		"k8s-label-key":                     "LabelKey",
		"k8s-label-value":                   "LabelValue",
		"k8s-long-name":                     "LongName",
		"k8s-long-name-caseless":            "LongNameCaseless",
		"k8s-path-segment-name":             "PathSegmentName",
		"k8s-prefixed-label-key":            "PrefixedLabelKey",
		"k8s-resource-fully-qualified-name": "ResourceFullyQualifiedName",
		"k8s-resource-pool-name":            "ResourcePoolName",
		"k8s-short-name":                    "ShortName",
		"k8s-uuid":                          "UUID",
	}
}

// format is the handler of +k8s:format: the string must have the named
// format.
func format(ctx tagContext, tag codetags.Tag) (validations, error) {
	if why := onStrings(ctx.t); why != "" {
		return validations{}, fmt.Errorf("can only be used on %s (%s)", why, typeChain(ctx.t))
	}
	fn, ok := formatFuncs()[tag.Value]
	if !ok {
		return validations{}, fmt.Errorf("unknown format %q (known: %s)", tag.Value, strings.Join(knownFormats(), ", "))
	}
	c := call{fn: validateFn(fn)}
	return validations{calls: []call{c.emitting("FieldValueInvalid", "format="+tag.Value, "")}}, nil
}

func knownFormats() []string { return slices.Sorted(maps.Keys(formatFuncs())) }
