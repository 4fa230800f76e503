package openapi

import (
	"maps"
	"slices"
	"strings"
)

// extensionTag is a tag that becomes a vendor extension of the schema.
type extensionTag struct {
	// name is the extension, e.g. "x-kubernetes-list-type".
	name string
	// array writes the values as a list even when there is one.
	array bool
}

// extensionTags returns the tags that become vendor extensions, by tag.
func extensionTags() map[string]extensionTag {
	return map[string]extensionTag{
		"patchMergeKey": {name: "x-kubernetes-patch-merge-key"},
		"patchStrategy": {name: "x-kubernetes-patch-strategy"},
		"listMapKey":    {name: "x-kubernetes-list-map-keys", array: true},
		"listType":      {name: "x-kubernetes-list-type"},
		"mapType":       {name: "x-kubernetes-map-type"},
		"structType":    {name: "x-kubernetes-map-type"},
		"validations":   {name: "x-kubernetes-validations"},
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
		if !strings.HasPrefix(v, extensionPrefix) {
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
