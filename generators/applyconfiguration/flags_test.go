package applyconfiguration_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// TestFlagsRefusedBeforeLoading checks that flags that cannot work, and a
// --openapi-schema file that cannot be read as JSON, are refused, naming
// the flag or the file's line and column, before any package is loaded:
// the package given does not exist, so loading it would report that
// instead.
func TestFlagsRefusedBeforeLoading(t *testing.T) {
	const missing = "example.com/does/not/exist"
	dir := t.TempDir()
	schema := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	truncated := schema("truncated.json", "{\n  \"definitions\": {\n    \"a\": {\"type\": \"object\"")
	badSyntax := schema("syntax.json", "{\n  \"definitions\": {\n    \"a\": {\"type\": object}\n  }\n}\n")
	badShape := schema("shape.json", `{"definitions": {"io.example.v1.A": {"type": 5}}}`)
	base := []string{"--output-dir", dir, "--output-pkg", "x/applyconfigurations"}
	external := func(entry string) []string {
		return append(append([]string{}, base...), "--external-applyconfigurations", entry)
	}
	withSchema := func(path string) []string { return append(append([]string{}, base...), "--openapi-schema", path) }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"without output-dir", []string{"--output-pkg", "x/ac"}, "--output-dir must be specified"},
		{"without output-pkg", []string{"--output-dir", dir}, "--output-pkg must be specified"},
		{"bad lint rule", append(append([]string{}, base...), "--lint-rules", "nope"), "--lint-rules"},
		{"external without colon", external("k8s.io/api/apps/v1.Deployment"), `--external-applyconfigurations: "k8s.io/api/apps/v1.Deployment" has no ':'`},
		{"external with two colons", external("k8s.io/api/apps/v1.Deployment:a:b"), "has more than one ':'"},
		{"external without package", external("k8s.io/api/apps/v1.Deployment:"), "has no apply configuration package"},
		{"external without type", external("Deployment:k8s.io/client-go/applyconfigurations/apps/v1"), "does not name a type as <package>.<TypeName>"},
		{"external ending in a dot", external("k8s.io/api/apps/v1.:x/ac"), "does not name a type"},
		{"external twice", external("k8s.io/api/apps/v1.Deployment:a,k8s.io/api/apps/v1.Deployment:b"), "type k8s.io/api/apps/v1.Deployment is given twice"},
		{"external default again", external("k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta:x/meta"), "already mapped to k8s.io/client-go/applyconfigurations/meta/v1"},
		{"missing schema", withSchema(filepath.Join(dir, "nope.json")), "--openapi-schema: open " + filepath.Join(dir, "nope.json")},
		{"schema not JSON", withSchema(badSyntax), badSyntax + ":3:20: --openapi-schema: not valid JSON: invalid character 'o'"},
		{"schema cut short", withSchema(truncated), truncated + ":3:27: --openapi-schema: not valid JSON: unexpected EOF"},
		{"schema of a bad shape", withSchema(badShape), badShape + `: --openapi-schema: definitions.io.example.v1.A.type: must be a string or a list of strings`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cli.Run(applyconfiguration.NewCommand(), append(tt.args, missing), &stdout, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), tt.want) || strings.Contains(stderr.String(), "does/not/exist") {
				t.Errorf("exit %d, stderr %q; want 1 and %q, without loading", code, stderr.String(), tt.want)
			}
		})
	}
}

// TestSchemaProblems checks that a schema the conversion to
// structured-merge-diff cannot use is an error naming the file and the
// definition, and that nothing is written.
func TestSchemaProblems(t *testing.T) {
	goldentest.Loads(t)
	root := goldentest.Root(t)
	const widget = "com.github.gengokit.gengokit.testdata.acapis.core.v1.Box"
	tests := []struct {
		name, schema, want string
	}{
		{"unknown list type", `{"definitions": {"` + widget + `": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "bag"}}}}}`,
			widget + ": unknown list type bag"},
		{"dangling reference", `{"definitions": {"` + widget + `": {"type": "object", "properties": {"spec": {"$ref": "#/definitions/io.example.Missing"}}}}}`,
			`"#/definitions/io.example.Missing" refers to definition io.example.Missing, which the schema does not have`},
		{"two types", `{"definitions": {"` + widget + `": {"type": ["object", "string"]}}}`,
			widget + ": definitions with multiple types aren't supported"},
		{"array without items", `{"definitions": {"` + widget + `": {"type": "object", "properties": {"items": {"type": "array"}}}}}`,
			widget + ": array should have exactly one sub-item"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "openapi.json")
			if err := os.WriteFile(path, []byte(tt.schema), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			var stdout, stderr bytes.Buffer
			args := []string{"--output-dir", out, "--output-pkg", "x/ac", "--openapi-schema", path,
				"--go-header-file", filepath.Join(root, "testdata", "boilerplate.go.txt"),
				"github.com/gengokit/gengokit/testdata/acapis/core/v1"}
			code := cli.Run(applyconfiguration.NewCommand(), args, &stdout, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), path+": --openapi-schema: ") || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want 1, the file and %q", code, stderr.String(), tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("an error run wrote into the output directory")
			}
		})
	}
}
