package openapi_test

import (
	"path/filepath"
	"testing"

	"k8s.io/kube-openapi/pkg/common"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
	basic "github.com/gengokit/gengokit/testdata/openapi/basic/openapi"
	custom "github.com/gengokit/gengokit/testdata/openapi/custom/openapi"
	defaults "github.com/gengokit/gengokit/testdata/openapi/defaults/openapi"
	embedded "github.com/gengokit/gengokit/testdata/openapi/embedded/openapi"
	enums "github.com/gengokit/gengokit/testdata/openapi/enums/openapi"
	extensions "github.com/gengokit/gengokit/testdata/openapi/extensions/openapi"
	lists "github.com/gengokit/gengokit/testdata/openapi/lists/openapi"
	maps "github.com/gengokit/gengokit/testdata/openapi/maps/openapi"
	modelnames "github.com/gengokit/gengokit/testdata/openapi/modelnames/openapi"
	nestedmarkers "github.com/gengokit/gengokit/testdata/openapi/nestedmarkers/openapi"
	readonly "github.com/gengokit/gengokit/testdata/openapi/readonly/openapi"
	unions "github.com/gengokit/gengokit/testdata/openapi/unions/openapi"
	validation "github.com/gengokit/gengokit/testdata/openapi/validation/openapi"
)

// compiledGoldens are the compiled GetOpenAPIDefinitions of the golden
// cases, by case.
func compiledGoldens() map[string]common.GetOpenAPIDefinitions {
	return map[string]common.GetOpenAPIDefinitions{
		"basic": basic.GetOpenAPIDefinitions, "custom": custom.GetOpenAPIDefinitions,
		"defaults": defaults.GetOpenAPIDefinitions, "embedded": embedded.GetOpenAPIDefinitions,
		"enums": enums.GetOpenAPIDefinitions, "extensions": extensions.GetOpenAPIDefinitions,
		"lists": lists.GetOpenAPIDefinitions, "maps": maps.GetOpenAPIDefinitions,
		"modelnames": modelnames.GetOpenAPIDefinitions, "nestedmarkers": nestedmarkers.GetOpenAPIDefinitions,
		"readonly": readonly.GetOpenAPIDefinitions, "unions": unions.GetOpenAPIDefinitions,
		"validation": validation.GetOpenAPIDefinitions,
	}
}

// TestModelsSchemaGoldens generates every golden case of openapi-gen, and
// compares the models schema of the run with what ModelsSchema returns
// for the compiled definitions (ModelsSchema, which
// TestModelsSchemaSampleAPIServer holds to sample-apiserver's program).
// Every case must be compiled in: a new one is reported.
func TestModelsSchemaGoldens(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	cases := goldenCases(t, root)
	compiled := compiledGoldens()
	for _, dir := range cases {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			_, got, _ := generate(t, root, append(caseArgs(t, root, dir), dir+"/api/..."))
			get, ok := compiled[name]
			if !ok {
				t.Fatalf("case %s is generated, but not compiled into this test: add it to compiledGoldens", name)
			}
			want, err := openapi.ModelsSchema(get)
			if err != nil {
				t.Fatal(err)
			}
			sameBytes(t, name, got, want)
		})
	}
	if len(cases) != len(compiled) {
		t.Errorf("%d golden cases, %d compiled in", len(cases), len(compiled))
	}
}
