package crd

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// applyLimit is how many bytes kubectl apply can keep of an object in its
// last-applied-configuration annotation (the API server's limit on all
// of an object's annotations): a CRD larger as JSON fails client-side
// apply with "metadata.annotations: Too long".
const applyLimit = 256 * 1024

// describedAt is a description and where it is in a CRD.
type describedAt struct {
	path string
	size int
}

// sizeWarning says that a CRD is too large for kubectl apply, and where
// its descriptions are longest.
func sizeWarning(doc crdDocument, size int) string {
	var all []describedAt
	for _, v := range doc.Spec.Versions {
		descriptions(v.Schema.Schema, v.Name, &all)
	}
	slices.SortStableFunc(all, func(a, b describedAt) int { return cmp.Compare(b.size, a.size) })
	var longest []string
	for _, d := range all[:min(len(all), 3)] {
		longest = append(longest, fmt.Sprintf("%s (%d bytes)", d.path, d.size))
	}
	return fmt.Sprintf("the CRD for %s.%s is %d bytes as JSON, more than the %d kubectl apply can keep in its last-applied annotation "+
		"(it fails with \"metadata.annotations: Too long\"): apply it with kubectl apply --server-side, or cut its longest descriptions, %s, "+
		"with +%s=<bytes> on the field or type, or all of them with --crd-max-desc-len",
		doc.Spec.Names.Kind, doc.Spec.Group, size, applyLimit, strings.Join(longest, ", "), DescLenMarker)
}

// descriptions collects the descriptions of a schema and below it, by
// path (version, then properties, [] for items, {} for map values).
func descriptions(s *jsonSchema, path string, out *[]describedAt) {
	if s == nil {
		return
	}
	if s.Description != "" {
		*out = append(*out, describedAt{path, len(s.Description)})
	}
	descriptions(s.Items, path+"[]", out)
	if add, ok := s.AdditionalProperties.(*jsonSchema); ok {
		descriptions(add, path+"{}", out)
	}
	for _, name := range slices.Sorted(maps.Keys(s.Properties)) {
		descriptions(s.Properties[name], path+"."+name, out)
	}
}
