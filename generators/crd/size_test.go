package crd

import (
	"strings"
	"testing"
)

// TestSizeWarning names the CRD, its size, the limit, and its three
// longest descriptions by path, longest first.
func TestSizeWarning(t *testing.T) {
	root := &jsonSchema{Description: "short", Properties: map[string]*jsonSchema{
		"spec": {Description: strings.Repeat("s", 50), Properties: map[string]*jsonSchema{
			"items": {Type: "array", Items: &jsonSchema{Description: strings.Repeat("i", 90)}},
			"tags":  {Type: "object", AdditionalProperties: &jsonSchema{Description: strings.Repeat("t", 70)}},
		}},
	}}
	doc := crdDocument{Spec: crdSpec{Group: "shop.example.com", Names: crdNames{Kind: "Widget"},
		Versions: []crdVersion{{Name: "v1", Schema: crdValidation{Schema: root}}}}}
	got := sizeWarning(doc, 300000)
	for _, want := range []string{"the CRD for Widget.shop.example.com is 300000 bytes as JSON, more than the 262144",
		"v1.spec.items[] (90 bytes), v1.spec.tags{} (70 bytes), v1.spec (50 bytes), with +gengokit:crd:maxDescLen=<bytes>", "--server-side"} {
		if !strings.Contains(got, want) {
			t.Errorf("warning %q has no %q", got, want)
		}
	}
}
