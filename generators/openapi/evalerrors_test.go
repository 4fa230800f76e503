package openapi_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/openapi"
)

// methodsSource is a package whose OpenAPI methods and constants cannot
// be evaluated in-process, each in its own way.
const methodsSource = `package v1

import "encoding/json"

// Two's type method has a body of two statements.
type Two struct{}

func (Two) OpenAPISchemaType() []string {
	t := []string{"string"}
	return t
}

// Field's format method returns a field of its receiver.
type Field struct{ f string }

func (x Field) OpenAPISchemaFormat() string { return x.f }

// Mode is encoded its own way.
type Mode string

func (m Mode) MarshalJSON() ([]byte, error) { return json.Marshal(string(m) + "!") }

// ModeA is a Mode.
const ModeA Mode = "a"

// Promoted has Two's methods, promoted.
type Promoted struct{ Two }
`

// definitionSource is a generated definitions file whose one schema has
// the properties %s.
const definitionSource = `package openapi

import (
	v1 "example.com/api/v1"
	other "example.com/other"
	common "k8s.io/kube-openapi/pkg/common"
	spec "k8s.io/kube-openapi/pkg/validation/spec"
)

func GetOpenAPIDefinitions(ref common.ReferenceCallback) map[string]common.OpenAPIDefinition {
	return map[string]common.OpenAPIDefinition{
		"example.com/api/v1.T": schema_T(ref),
	}
}

func schema_T(ref common.ReferenceCallback) common.OpenAPIDefinition {
	return common.OpenAPIDefinition{
		Schema: spec.Schema{
			SchemaProps: spec.SchemaProps{
				%s
			},
		},
	}
}

var _ = other.X
`

// position returns "line:col" of the first occurrence of marker in src.
func position(src, marker string) string {
	i := strings.Index(src, marker)
	line := strings.Count(src[:i], "\n") + 1
	return fmt.Sprintf("%d:%d", line, i-strings.LastIndex(src[:i], "\n"))
}

// TestModelsSchemaFromSourceErrors requires, for each method or constant
// that cannot be evaluated, an error at the call in the generated file
// and at the declaration in the method's source, and the advice to run
// the models-schema program instead.
func TestModelsSchemaFromSourceErrors(t *testing.T) {
	dir := t.TempDir()
	types := filepath.Join(dir, "types.go")
	if err := os.WriteFile(types, []byte(methodsSource), 0o644); err != nil {
		t.Fatal(err)
	}
	finder := func(path string) (string, error) {
		if path == "example.com/api/v1" {
			return dir, nil
		}
		return "", fmt.Errorf("package %s is not loaded", path)
	}
	cases := []struct{ props, at, says string }{
		{"Type: v1.Two{}.OpenAPISchemaType(),", types + ":" + position(methodsSource, "{\n\tt :="), "not a single return statement"},
		{"Format: v1.Field{}.OpenAPISchemaFormat(),", types + ":" + position(methodsSource, "x.f }"), "x.f cannot be evaluated in-process"},
		{"Default: v1.ModeA,", types + ":" + position(methodsSource, "Mode string"), "has a MarshalJSON method"},
		{"Type: v1.Promoted{}.OpenAPISchemaType(),", "", "promoted from an embedded field"},
		{"Type: other.T{}.OpenAPISchemaType(),", "", "finding the source of package example.com/other: package example.com/other is not loaded"},
	}
	for _, c := range cases {
		src := fmt.Sprintf(definitionSource, c.props)
		_, err := openapi.ModelsSchemaFromSource("zz_generated.openapi.go", []byte(src), finder)
		if err == nil {
			t.Errorf("%s: no error", c.props)
			continue
		}
		msg := err.Error()
		call := "zz_generated.openapi.go:" + position(src, c.props[strings.Index(c.props, " ")+1:])
		if !strings.HasPrefix(msg, call+": ") || !strings.Contains(msg, c.at+": ") || !strings.Contains(msg, c.says) || !strings.Contains(msg, "--applyconfig-openapi-schema") {
			t.Errorf("%s: error\n%v\nwant one at %s, naming %s, saying %q, and what to do", c.props, msg, call, c.at, c.says)
		}
	}
}

// TestModelsSchemaFromSourceNotDefinitions requires a positioned error
// for a file that is not Go, or has no GetOpenAPIDefinitions.
func TestModelsSchemaFromSourceNotDefinitions(t *testing.T) {
	for src, want := range map[string]string{
		"package openapi\n\nfunc {":          "x.go:3:6: ",
		"package openapi\n\nfunc other() {}": "x.go:1:9: no GetOpenAPIDefinitions function",
	} {
		_, err := openapi.ModelsSchemaFromSource("x.go", []byte(src), nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", src, err, want)
		}
	}
}
