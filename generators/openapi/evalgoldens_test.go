package openapi_test

import (
	"os"
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

// TestModelsSchemaFromSourceGoldens evaluates the definitions of every
// golden case of openapi-gen, and compares them with what a models-schema
// program prints for the compiled definitions (ModelsSchema, which
// TestModelsSchemaFromSourceSampleAPIServer holds to sample-apiserver's
// program). Every case must be compiled in: a new one is reported.
func TestModelsSchemaFromSourceGoldens(t *testing.T) {
	root := goldentest.Root(t)
	files, err := filepath.Glob(filepath.Join(root, "testdata/openapi/*/openapi/zz_generated.openapi.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden definitions: %v", err)
	}
	compiled := compiledGoldens()
	finder := depsFinder(t, root, "./testdata/openapi/...")
	for _, file := range files {
		name := filepath.Base(filepath.Dir(filepath.Dir(file)))
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := openapi.ModelsSchemaFromSource(file, src, finder)
			if err != nil {
				t.Fatalf("ModelsSchemaFromSource: %v", err)
			}
			get, ok := compiled[name]
			if !ok {
				t.Fatalf("case %s is evaluated, but not compiled into this test: add it to compiledGoldens", name)
			}
			want, err := openapi.ModelsSchema(get)
			if err != nil {
				t.Fatal(err)
			}
			sameBytes(t, name, got, want)
		})
	}
	if len(files) != len(compiled) {
		t.Errorf("%d golden definitions files, %d cases compiled in", len(files), len(compiled))
	}
}
