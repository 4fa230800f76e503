package openapi_test

import (
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"k8s.io/kube-openapi/pkg/builder"
	"k8s.io/kube-openapi/pkg/builder3"
	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/spec3"
	"k8s.io/kube-openapi/pkg/validation/spec"

	"github.com/gengokit/gengokit/generators/openapi"
	customapi "github.com/gengokit/gengokit/testdata/openapi/custom/openapi"
	defaultsapi "github.com/gengokit/gengokit/testdata/openapi/defaults/openapi"
	enumsapi "github.com/gengokit/gengokit/testdata/openapi/enums/openapi"
	listsapi "github.com/gengokit/gengokit/testdata/openapi/lists/openapi"
	modelsapi "github.com/gengokit/gengokit/testdata/openapi/modelnames/openapi"
	unionsapi "github.com/gengokit/gengokit/testdata/openapi/unions/openapi"
	validationapi "github.com/gengokit/gengokit/testdata/openapi/validation/api/v1"
	validationdefs "github.com/gengokit/gengokit/testdata/openapi/validation/openapi"
)

// definitionNames returns the names GetOpenAPIDefinitions defines.
func definitionNames(get common.GetOpenAPIDefinitions) []string {
	defs := get(func(string) spec.Ref { return spec.Ref{} })
	return slices.Sorted(maps.Keys(defs))
}

// v2Document builds the swagger 2.0 document of every definition through
// kube-openapi's builder, and loads it with kin-openapi.
func v2Document(t *testing.T, get common.GetOpenAPIDefinitions) *openapi2.T {
	t.Helper()
	info := &spec.Info{InfoProps: spec.InfoProps{Title: "golden", Version: "v1"}}
	swagger, err := builder.BuildOpenAPIDefinitionsForResources(&common.Config{Info: info, GetDefinitions: get}, definitionNames(get)...)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(swagger)
	if err != nil {
		t.Fatal(err)
	}
	var doc openapi2.T
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("kin-openapi cannot read the v2 document: %v", err)
	}
	if doc.Paths == nil { // the builder's empty paths marshal as null
		doc.Paths = map[string]*openapi2.PathItem{}
	}
	return &doc
}

// v3Document builds the OpenAPI 3.0 document of every definition through
// kube-openapi's builder3, and loads it with kin-openapi.
func v3Document(t *testing.T, get common.GetOpenAPIDefinitions) *openapi3.T {
	t.Helper()
	info := &spec.Info{InfoProps: spec.InfoProps{Title: "golden", Version: "v1"}}
	schemas, err := builder3.BuildOpenAPIDefinitionsForResources(&common.OpenAPIV3Config{Info: info, GetDefinitions: get}, definitionNames(get)...)
	if err != nil {
		t.Fatal(err)
	}
	doc := &spec3.OpenAPI{Version: "3.0.0", Info: info, Paths: &spec3.Paths{Paths: map[string]*spec3.Path{}}, Components: &spec3.Components{Schemas: schemas}}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		t.Fatalf("kin-openapi cannot load the v3 document: %v", err)
	}
	return loaded
}

// TestDocumentsValidate builds the v2 and v3 documents of golden cases'
// definitions and has kin-openapi validate them: the v3 one as it is,
// the v2 one after kin-openapi converts it to v3. Defaults are not
// validated against their schemas: a required struct field defaults to
// {} and a required string to "" by Kubernetes' convention (upstream
// writes the same, and the API server applies nested defaults after
// them), which a strict validator rejects when the struct has required
// fields or the string an enum or a minLength.
func TestDocumentsValidate(t *testing.T) {
	cases := map[string]common.GetOpenAPIDefinitions{
		"defaults": defaultsapi.GetOpenAPIDefinitions, "enums": enumsapi.GetOpenAPIDefinitions,
		"lists": listsapi.GetOpenAPIDefinitions, "modelnames": modelsapi.GetOpenAPIDefinitions,
		"unions": unionsapi.GetOpenAPIDefinitions, "validation": validationdefs.GetOpenAPIDefinitions,
	}
	ctx := context.Background()
	for name, get := range cases {
		t.Run(name, func(t *testing.T) {
			v2 := v2Document(t, get)
			if len(v2.Definitions) == 0 {
				t.Fatal("no definitions in the v2 document")
			}
			converted, err := openapi2conv.ToV3(v2)
			if err != nil {
				t.Fatalf("converting the v2 document: %v", err)
			}
			if converted.Paths == nil { // no paths: the conversion leaves none
				converted.Paths = openapi3.NewPaths()
			}
			if err := converted.Validate(ctx, openapi3.DisableSchemaDefaultsValidation()); err != nil {
				t.Errorf("v2 document (converted to v3) is invalid: %v", err)
			}
			if err := v3Document(t, get).Validate(ctx, openapi3.DisableSchemaDefaultsValidation()); err != nil {
				t.Errorf("v3 document is invalid: %v", err)
			}
		})
	}
}

// schemaOf returns the v3 schema whose name ends with suffix.
func schemaOf(t *testing.T, doc *openapi3.T, suffix string) *openapi3.Schema {
	t.Helper()
	for name, ref := range doc.Components.Schemas {
		if strings.HasSuffix(name, suffix) {
			return ref.Value
		}
	}
	t.Fatalf("no schema named *%s in %v", suffix, slices.Sorted(maps.Keys(doc.Components.Schemas)))
	return nil
}

// TestSchemasDescribeValues checks what the generated schemas say about
// real values: a value of the Go type validates against its schema, and
// one that breaks a marker, an enum or a required field does not.
func TestSchemasDescribeValues(t *testing.T) {
	limits := schemaOf(t, v3Document(t, validationdefs.GetOpenAPIDefinitions), "v1.Limits")
	good := validationapi.Limits{Replicas: 3, Ratio: 0.5, Name: "web-1", Tags: []string{"a"}, Raw: "abz"}
	if err := limits.VisitJSON(jsonValue(t, good)); err != nil {
		t.Errorf("a valid Limits is rejected: %v", err)
	}
	for what, bad := range map[string]validationapi.Limits{
		"replicas above maximum": {Replicas: 11, Ratio: 0.5, Name: "web", Tags: []string{"a"}},
		"name against pattern":   {Replicas: 3, Ratio: 0.5, Name: "Web_1", Tags: []string{"a"}},
		"ratio not a multiple":   {Replicas: 3, Ratio: 0.3, Name: "web", Tags: []string{"a"}},
		"too few tags":           {Replicas: 3, Ratio: 0.5, Name: "web", Tags: []string{}},
		"raw against pattern":    {Replicas: 3, Ratio: 0.5, Name: "web", Tags: []string{"a"}, Raw: "b"},
	} {
		if err := limits.VisitJSON(jsonValue(t, bad)); err == nil {
			t.Errorf("%s: accepted", what)
		}
	}
	job := schemaOf(t, v3Document(t, enumsapi.GetOpenAPIDefinitions), "v1.Job")
	phase := job.Properties["phase"].Value
	if got := phase.Enum; len(got) != 3 || phase.VisitJSON("Running") != nil || phase.VisitJSON("Sleeping") == nil {
		t.Errorf("phase enum %v: Running must pass and Sleeping must not", got)
	}
	if !slices.Equal(job.Required, []string{"phase", "color"}) {
		t.Errorf("Job requires %v, want [phase color]", job.Required)
	}
	service := schemaOf(t, v3Document(t, listsapi.GetOpenAPIDefinitions), "v1.Service")
	ports := service.Properties["ports"].Value
	if ports.Extensions["x-kubernetes-list-type"] != "map" || !slices.Equal(jsonStrings(ports.Extensions["x-kubernetes-list-map-keys"]), []string{"name", "protocol"}) {
		t.Errorf("ports extensions %v", ports.Extensions)
	}
}

func jsonValue(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// jsonStrings reads an extension's value, a list of strings.
func jsonStrings(v any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, e := range list {
			s, _ := e.(string)
			out = append(out, s)
		}
	}
	return out
}

// TestModelsSchema turns golden definitions into the document
// applyconfiguration-gen reads: every definition under its model name,
// references resolved within the document, and the v2 schema of a type
// that embeds one beside its v3 schema.
func TestModelsSchema(t *testing.T) {
	data, err := openapi.ModelsSchema(modelsapi.GetOpenAPIDefinitions)
	if err != nil {
		t.Fatal(err)
	}
	var doc openapi2.T
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	order, ok := doc.Definitions["com.example.shop.v1.Order"]
	if !ok {
		t.Fatalf("no com.example.shop.v1.Order in %v", slices.Sorted(maps.Keys(doc.Definitions)))
	}
	if got := order.Value.Properties["customer"].Ref; got != "#/definitions/com.example.customers.Customer" {
		t.Errorf("Order.customer refers to %q", got)
	}
	for name, s := range doc.Definitions {
		for prop, p := range s.Value.Properties {
			if ref := strings.TrimPrefix(p.Ref, "#/definitions/"); p.Ref != "" && doc.Definitions[ref] == nil {
				t.Errorf("%s.%s refers to %s, which the document lacks", name, prop, p.Ref)
			}
		}
	}
	data, err = openapi.ModelsSchema(customapi.GetOpenAPIDefinitions)
	if err != nil {
		t.Fatal(err)
	}
	var custom spec.Swagger
	if err := json.Unmarshal(data, &custom); err != nil {
		t.Fatal(err)
	}
	mixed := custom.Definitions["github.com/gengokit/gengokit/testdata/openapi/custom/api/v1.Mixed"]
	if !slices.Equal(mixed.Type, []string{"string"}) || mixed.Extensions[common.ExtensionV2Schema] != nil {
		t.Errorf("Mixed is not given by its v2 schema: %+v", mixed)
	}
}
