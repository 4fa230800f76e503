package celcheck

import (
	"slices"
	"testing"
)

// TestLocate follows apiextensions' field paths into a CRD: one
// version's schema (spec.versions[i]) and the shared one
// (spec.validation), through properties (a key with dots too), items and
// map values, to a rule; and names the unbounded places a costly rule
// there walks.
func TestLocate(t *testing.T) {
	rule := map[string]any{"rule": "self.all(x, x.size() < 5)"}
	leaf := map[string]any{"type": "array", "items": map[string]any{"type": "string"}, "x-kubernetes-validations": []any{rule}}
	v1 := map[string]any{"type": "object", "properties": map[string]any{
		"a.b": map[string]any{"type": "object", "additionalProperties": leaf},
	}}
	doc := map[string]any{"spec": map[string]any{"versions": []any{
		map[string]any{"name": "v1alpha1", "schema": map[string]any{"openAPIV3Schema": map[string]any{"type": "object"}}},
		map[string]any{"name": "v1", "schema": map[string]any{"openAPIV3Schema": v1}},
	}}}
	loc := locate(doc, "spec.versions[1].schema.openAPIV3Schema.properties[a.b].additionalProperties.x-kubernetes-validations[0].rule")
	if loc.version != "version v1" || loc.rule["rule"] != rule["rule"] || len(loc.nodes) != 3 || loc.nodes[2].path != "a.b{*}" {
		t.Fatalf("located %+v", loc)
	}
	got := unbounded(loc, rule["rule"].(string))
	want := []string{"a.b (+kubebuilder:validation:MaxProperties)", "a.b{*} (+kubebuilder:validation:MaxItems)", "a.b{*}[*] (+kubebuilder:validation:MaxLength)"}
	if !slices.Equal(got, want) {
		t.Errorf("unbounded: %q, want %q", got, want)
	}
	if loc := locate(doc, "spec.validation.openAPIV3Schema.properties[a.b]"); loc.version != "every version" || len(loc.nodes) != 1 {
		t.Errorf("spec.validation: located %+v, want the first version's schema and no further (v1alpha1 has no a.b)", loc)
	}
	if loc := locate(doc, "spec.names.plural"); loc.nodes != nil {
		t.Errorf("a path outside the schemas located %+v", loc)
	}
}
