package openapi

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"
)

// extensionTag is a tag that becomes a vendor extension of the schema.
type extensionTag struct {
	// name is the extension, e.g. "x-kubernetes-list-type".
	name string
	// kind is the kind of field the tag belongs on; "" for any.
	kind types.Kind
	// values are the values the tag takes; none for any.
	values []string
	// array writes the values as a list even when there is one.
	array bool
}

// extensionTags returns the tags that become vendor extensions, by tag.
func extensionTags() map[string]extensionTag {
	return map[string]extensionTag{
		"patchMergeKey": {name: "x-kubernetes-patch-merge-key", kind: types.Slice},
		"patchStrategy": {name: "x-kubernetes-patch-strategy", kind: types.Slice, values: []string{"merge", "retainKeys"}},
		"listMapKey":    {name: "x-kubernetes-list-map-keys", kind: types.Slice, array: true},
		"listType":      {name: "x-kubernetes-list-type", kind: types.Slice, values: []string{"atomic", "map", "set"}},
		"mapType":       {name: "x-kubernetes-map-type", kind: types.Map, values: []string{"atomic", "granular"}},
		"structType":    {name: "x-kubernetes-map-type", kind: types.Struct, values: []string{"atomic", "granular"}},
		"validations":   {name: "x-kubernetes-validations", kind: types.Slice},
	}
}

// extension is one vendor extension a tag gives a schema.
type extension struct {
	tag    string
	name   string
	values []string
	array  bool
}

// extensionsOf returns the vendor extensions comment lines give: the
// +k8s:openapi-gen=x-kubernetes-<name>:<value> ones in order, then those
// of the extension tags, in the order of the tags' names.
func (p *plan) extensionsOf(lines []string) (exts []extension, malformed []string) {
	for _, v := range values(p.tags.gen, lines) {
		if !strings.HasPrefix(v, "x-kubernetes-") {
			continue
		}
		name, value, ok := strings.Cut(v, ":")
		if !ok {
			malformed = append(malformed, v)
			continue
		}
		exts = append(exts, extension{tag: tagGen, name: name, values: []string{value}})
	}
	known := extensionTags()
	for _, name := range slices.Sorted(maps.Keys(known)) {
		if vs := values(p.tags.extensions[name], lines); len(vs) > 0 {
			x := known[name]
			exts = append(exts, extension{tag: name, name: x.name, values: vs, array: x.array})
		}
	}
	return exts, malformed
}

// checkExtension returns what is wrong with extension x on a field of
// kind kind: a value the tag does not take, or a field of another kind.
func checkExtension(x extension, kind types.Kind) []string {
	def, ok := extensionTags()[x.tag]
	if !ok {
		return nil
	}
	var problems []string
	if len(def.values) > 0 {
		for _, v := range x.values {
			if !contains(def.values, v) {
				problems = append(problems, fmt.Sprintf("+%s=%s: unsupported value (want %s)", x.tag, v, strings.Join(def.values, " or ")))
			}
		}
	}
	if def.kind != "" && kind != def.kind {
		problems = append(problems, fmt.Sprintf("+%s is for a %s field, not a %s", x.tag, strings.ToLower(string(def.kind)), strings.ToLower(string(kind))))
	}
	return problems
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
