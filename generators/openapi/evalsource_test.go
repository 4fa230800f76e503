package openapi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"k8s.io/kube-openapi/pkg/common"
)

// constSource declares, as the source of package example.com/v1, the
// constants and methods this file compiles under other names (Src...).
const constSource = `package v1

type Mode string

const (
	ModeA Mode = "a" + "x"
	ModeB
	Level0 = iota * 10
	Level1
	Ratio = Level1 / 4.0
	Char  = 'c'
	Size  int32 = 1 << 4
)

const Prefix = "io.example"

type T struct{}

func (T) OpenAPIModelName() string { return Prefix + ".T" }

func (in T) OpenAPISchemaFormat() string { return string(ModeB) + "-" + Prefix }
`

type srcMode string

const (
	SrcModeA srcMode = "a" + "x"
	SrcModeB
	SrcLevel0 = iota * 10
	SrcLevel1
	SrcRatio       = SrcLevel1 / 4.0
	SrcChar        = 'c'
	SrcSize  int32 = 1 << 4
)

const srcPrefix = "io.example"

// TestEvalSourceConstants evaluates constants and methods declared in a
// package's source, and requires the JSON of the value the compiler gives
// the same declarations (a constant of a named type is evaluated as one
// of its basic type, which JSON encodes alike).
func TestEvalSourceConstants(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "v1.go"), []byte(constSource), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]any{
		"v1.ModeA": SrcModeA, "v1.ModeB": SrcModeB, "v1.Level0": SrcLevel0, "v1.Level1": SrcLevel1,
		"v1.Ratio": SrcRatio, "v1.Char": SrcChar, "v1.Size": SrcSize, "v1.Size + 1": SrcSize + 1,
		"[]interface{}{v1.ModeB, v1.Level1 * 2}": []any{SrcModeB, SrcLevel1 * 2},
		"v1.T{}.OpenAPIModelName()":              srcPrefix + ".T",
		"v1.T{}.OpenAPISchemaFormat()":           string(SrcModeB) + "-" + srcPrefix,
	}
	for expr, want := range cases {
		got, err := evalSourceExpr(expr, dir)
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if string(g) != string(w) || reflect.TypeOf(got).Kind() != reflect.TypeOf(want).Kind() {
			t.Errorf("%s: evaluated to %s (%T), the compiler gives %s (%T)", expr, g, got, w, want)
		}
	}
}

// evalSourceExpr evaluates expr in a file that imports example.com/v1,
// whose source is in dir.
func evalSourceExpr(expr, dir string) (any, error) {
	src := fmt.Sprintf("package p\n\nimport (\n\tcommon %q\n\tv1 \"example.com/v1\"\n)\n\nfunc f(ref common.ReferenceCallback) interface{} {\n\treturn %s\n}\n", commonPkg, expr)
	ev := newEvaluator(func(path string) (string, error) {
		if path == "example.com/v1" {
			return dir, nil
		}
		return "", fmt.Errorf("no package %s", path)
	})
	p, err := ev.snippet("expr.go", []byte(src))
	if err != nil {
		return nil, err
	}
	v, err := ev.callDecl(p, p.index.funcs["f"], []reflect.Value{reflect.ValueOf(common.ReferenceCallback(definitionRef))})
	if err != nil {
		return nil, err
	}
	return v.Interface(), nil
}
