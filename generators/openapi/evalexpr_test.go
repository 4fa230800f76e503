package openapi

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"k8s.io/kube-openapi/pkg/common"
	"k8s.io/kube-openapi/pkg/validation/spec"
	"k8s.io/utils/ptr"
)

// exprSource is a file whose function f returns the expression %s, with
// the imports of generated definitions.
const exprSource = `package p

import (
	common "k8s.io/kube-openapi/pkg/common"
	spec "k8s.io/kube-openapi/pkg/validation/spec"
	ptr "k8s.io/utils/ptr"
)

func f(ref common.ReferenceCallback) interface{} {
	return %s
}
`

// evalExpr evaluates expr as the interface{} f returns, ref being the
// callback ModelsSchema passes.
func evalExpr(expr string) (any, error) {
	ev := newEvaluator(nil)
	p, err := ev.snippet("expr.go", fmt.Appendf(nil, exprSource, expr))
	if err != nil {
		return nil, err
	}
	v, err := ev.callDecl(p, p.index.funcs["f"], []reflect.Value{reflect.ValueOf(common.ReferenceCallback(definitionRef))})
	if err != nil {
		return nil, err
	}
	return v.Interface(), nil
}

// snippet parses a file of test source into a package of its own.
func (ev *evaluator) snippet(filename string, src []byte) (*srcPackage, error) {
	f := &srcFile{path: filename, src: src}
	p := &srcPackage{path: "", index: newDeclIndex(), files: []*srcFile{f}}
	if err := ev.parse(p, f); err != nil {
		return nil, err
	}
	p.name = f.ast.Name.Name
	return p, nil
}

// TestEvalConstructs evaluates each construct generated definitions (and
// the methods they call) are written with, and requires the value the Go
// compiler gives the same expression, written beside it: same type, same
// value.
func TestEvalConstructs(t *testing.T) {
	ref := common.ReferenceCallback(definitionRef)
	cases := []struct {
		expr string
		want any
	}{
		{`-1`, -1}, {`0.5`, 0.5}, {`1e+21`, 1e+21}, {`"a\n\"b\"" + "c"`, "a\n\"b\"" + "c"}, {`'x'`, 'x'},
		{`true`, true}, {`7 / 2`, 7 / 2}, {`7.0 / 2`, 7.0 / 2}, {`1 << 10`, 1 << 10}, {`float64(3)`, float64(3)},
		{`int64(-2)`, int64(-2)}, {`interface{}(nil)`, any(nil)}, {`[]string(nil)`, []string(nil)}, {`[]string{}`, []string{}},
		{`[]interface{}{"a", 1, 2.5, false, nil}`, []any{"a", 1, 2.5, false, nil}},
		{`map[string]interface{}{"a": map[string]interface{}{}, "b": []interface{}{}}`, map[string]any{"a": map[string]any{}, "b": []any{}}},
		{`[2]string{"a"}`, [2]string{"a"}},
		{`ptr.To[float64](1e+06)`, ptr.To[float64](1e+06)}, {`ptr.To[int64](-3)`, ptr.To[int64](-3)}, {`ptr.To("s")`, ptr.To("s")},
		{`ref("io.k8s.X")`, ref("io.k8s.X")}, {`spec.MustCreateRef("#/definitions/y")`, spec.MustCreateRef("#/definitions/y")},
		{`spec.StringProperty().WithDescription("d")`, spec.StringProperty().WithDescription("d")},
		{`spec.Extensions{"x-a": []interface{}{"k"}, "x-b": "v"}`, spec.Extensions{"x-a": []any{"k"}, "x-b": "v"}},
		{`spec.StringOrArray{"a", "b"}`, spec.StringOrArray{"a", "b"}},
		{`[]*spec.Schema{{}, nil}`, []*spec.Schema{{}, nil}},
		{`spec.SchemaOrArray{Schemas: []spec.Schema{{}, {SchemaProps: spec.SchemaProps{Format: "f"}}}}`, spec.SchemaOrArray{Schemas: []spec.Schema{{}, {SchemaProps: spec.SchemaProps{Format: "f"}}}}},
		{`spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"object"}, Default: map[string]interface{}{}, Enum: []interface{}{"a", "b"},
			Properties: map[string]spec.Schema{"a": {SchemaProps: spec.SchemaProps{Ref: ref("x")}}},
			AllOf: []spec.Schema{{SchemaProps: spec.SchemaProps{MinLength: ptr.To[int64](1), Pattern: "^a\u003cb$"}}},
			AdditionalProperties: &spec.SchemaOrBool{Allows: true, Schema: &spec.Schema{}}, Items: &spec.SchemaOrArray{Schema: &spec.Schema{}},
			ExclusiveMinimum: true, UniqueItems: true, Minimum: ptr.To[float64](-1.5)},
			VendorExtensible: spec.VendorExtensible{Extensions: spec.Extensions{"x-kubernetes-list-map-keys": []interface{}{"name"}}}}`,
			spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"object"}, Default: map[string]interface{}{}, Enum: []interface{}{"a", "b"},
				Properties:           map[string]spec.Schema{"a": {SchemaProps: spec.SchemaProps{Ref: ref("x")}}},
				AllOf:                []spec.Schema{{SchemaProps: spec.SchemaProps{MinLength: ptr.To[int64](1), Pattern: "^a\u003cb$"}}},
				AdditionalProperties: &spec.SchemaOrBool{Allows: true, Schema: &spec.Schema{}}, Items: &spec.SchemaOrArray{Schema: &spec.Schema{}},
				ExclusiveMinimum: true, UniqueItems: true, Minimum: ptr.To[float64](-1.5)},
				VendorExtensible: spec.VendorExtensible{Extensions: spec.Extensions{"x-kubernetes-list-map-keys": []interface{}{"name"}}}}},
		{`common.EmbedOpenAPIDefinitionIntoV2Extension(common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}, common.OpenAPIDefinition{Dependencies: []string{"a"}})`,
			common.EmbedOpenAPIDefinitionIntoV2Extension(common.OpenAPIDefinition{Schema: spec.Schema{SchemaProps: spec.SchemaProps{Type: []string{"string"}}}}, common.OpenAPIDefinition{Dependencies: []string{"a"}})},
		{`common.GenerateOpenAPIV3OneOfSchema([]string{"integer", "string"})`, common.GenerateOpenAPIV3OneOfSchema([]string{"integer", "string"})},
	}
	for _, c := range cases {
		got, err := evalExpr(c.expr)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if reflect.TypeOf(got) != reflect.TypeOf(c.want) || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: evaluated to %#v (%T), the compiler gives %#v (%T)", c.expr, got, got, c.want, c.want)
		}
	}
}

// TestEvalErrors requires an error at the expression's position (line 10
// of exprSource) for what cannot be evaluated, or is not Go.
func TestEvalErrors(t *testing.T) {
	cases := map[string]string{
		"(&spec.Schema{}).WithDescription(1)": "cannot use the constant 1 as a string",
		`func() int { return 1 }()`:           "cannot be evaluated in-process",
		`spec.Schema{Nope: 1}`:                "has no field Nope",
		`spec.Schema{}.SchemaProps`:           "cannot be evaluated in-process",
		`unknown`:                             "unknown is not a constant",
		`v1.T{}.OpenAPISchemaType()`:          "v1 is not an imported package",
		`ptr.To[float64]("x")`:                `cannot use the constant "x" as a float64`,
		`[]string{1}`:                         "cannot use the constant 1 as a string",
		`ptr.To[int8](300)`:                   "cannot use the constant 300 as a int8",
		`spec.Schema{SchemaProps: 1}`:         "cannot use the constant 1 as a spec.SchemaProps",
		`spec.SchemaOrArray{{}, {}, {}}`:      "too many values",
		`[]string{0: "a"}`:                    "indexed elements",
		`common.GenerateOpenAPIV3OneOfSchema`: "where it is is not known",
		`map[string]interface{}{"a": {}}`:     "needs its type",
	}
	for expr, want := range cases {
		_, err := evalExpr(expr)
		if err == nil || !strings.HasPrefix(err.Error(), "expr.go:10:") || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one at expr.go:10 saying %q", expr, err, want)
		}
	}
	// A recursion stops at the function that recurs.
	if _, err := evalExpr("f(ref)"); err == nil || !strings.HasPrefix(err.Error(), "expr.go:9:6: ") || !strings.Contains(err.Error(), "nest more than") {
		t.Errorf("f calling itself: error %v, want one at expr.go:9:6 saying calls nest too deep", err)
	}
}
