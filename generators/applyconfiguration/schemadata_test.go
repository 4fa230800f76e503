package applyconfiguration_test

import (
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
)

// TestSchemaDataWithoutFile: a schema handed over in memory, without a
// file, is parsed from the data, and its problems name it as such rather
// than a file; with a file name beside the data, the data is still what
// is read, and the problems name the file.
func TestSchemaDataWithoutFile(t *testing.T) {
	for _, file := range []string{"", "/no/such/models-schema.json"} {
		args := applyconfiguration.NewArgs()
		args.OutputDir, args.OutputPkg = t.TempDir(), "x/applyconfigurations"
		args.OpenAPISchema, args.OpenAPISchemaData = file, []byte(`{"definitions": {"io.example.v1.A": {"type": 5}}}`)
		err := args.Validate()
		want := file
		if file == "" {
			want = "the OpenAPI models schema given in memory"
		}
		if err == nil || !strings.HasPrefix(err.Error(), want+": --openapi-schema: definitions.io.example.v1.A.type") {
			t.Errorf("schema file %q: got %v, want an error at %q", file, err, want)
		}
	}
}
