package openapi_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/generators/openapi"
)

// methodCases are API types whose OpenAPI methods or default constants
// cannot be evaluated, each in its own way, with what the error says.
var methodCases = []struct{ name, src, says string }{
	{"two", `type T struct{}

func (T) OpenAPISchemaType() []string {
	t := []string{"string"}
	return t
}

func (T) OpenAPISchemaFormat() string { return "" }
`, "types.go:6:39: the body of T.OpenAPISchemaType is not a single return statement"},
	{"field", `type T struct{ f string }

func (T) OpenAPISchemaType() []string { return []string{"string"} }

func (x T) OpenAPISchemaFormat() string { return x.f }
`, "types.go:8:50: x.f cannot be evaluated in-process"},
	{"marshal", `import "encoding/json"

type Mode string

func (m Mode) MarshalJSON() ([]byte, error) { return json.Marshal(string(m) + "!") }

const ModeA Mode = "a"

type T struct {
	// +default=ref(ModeA)
	M Mode ` + "`json:\"m,omitempty\"`" + `
}
`, "has a MarshalJSON method"},
}

// writeModule writes module example.com/api, with files (by path), into a
// temporary directory, and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/api\n\ngo 1.26\n"
	for rel, data := range files {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestModelsSchemaErrors requires, for each method or constant that cannot
// be evaluated, an error at its declaration that says why, and the advice
// to run a models-schema program instead; the definitions are written.
func TestModelsSchemaErrors(t *testing.T) {
	goldentest.Loads(t)
	files := map[string]string{}
	for _, c := range methodCases {
		files[c.name+"/types.go"] = "package " + c.name + "\n\n" + strings.Replace(c.src, "type T", "// +k8s:openapi-gen=true\ntype T", 1)
	}
	dir := writeModule(t, files)
	t.Chdir(dir)
	for _, c := range methodCases {
		a := openapi.NewArgs()
		var schemaErr error
		a.OnModelsSchema = func(_ []byte, err error) { schemaErr = err }
		files, err := cli.Generate(openapi.Command(a), []string{"--output-dir", "out", "--output-pkg", "example.com/api/out",
			"--report-filename", filepath.Join(t.TempDir(), "report"), "./" + c.name})
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: openapi-gen: %v (%d files)", c.name, err, len(files))
		}
		msg := ""
		if schemaErr != nil {
			msg = schemaErr.Error()
		}
		if !strings.Contains(msg, filepath.Join(dir, c.name)) || !strings.Contains(msg, c.says) || !strings.Contains(msg, "--applyconfig-openapi-schema") {
			t.Errorf("%s: error\n%v\nwant one in %s saying %q, and what to do", c.name, msg, c.name, c.says)
		}
	}
}
