package tags

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

// TestCheckDefault checks +default values against field types: what
// compiles (and decodes) upstream passes, what does not is an error
// saying what to write.
func TestCheckDefault(t *testing.T) {
	builtin := func(name string) *types.Type { return &types.Type{Name: types.Name{Name: name}, Kind: types.Builtin} }
	str, i32, u8, f64, boolean := builtin("string"), builtin("int32"), builtin("uint8"), builtin("float64"), builtin("bool")
	policy := &types.Type{Name: types.Name{Package: "example.com/v1", Name: "Policy"}, Kind: types.Alias, Underlying: str}
	ptr := func(t *types.Type) *types.Type { return &types.Type{Kind: types.Pointer, Elem: t} }
	slice := func(t *types.Type) *types.Type { return &types.Type{Kind: types.Slice, Elem: t} }
	strMap := &types.Type{Kind: types.Map, Key: str, Elem: i32}
	spec := &types.Type{Name: types.Name{Package: "example.com/v1", Name: "Spec"}, Kind: types.Struct}
	named := func(pkg, name string) *types.Type {
		return &types.Type{Name: types.Name{Package: pkg, Name: name}, Kind: types.Struct}
	}
	quantity := named("k8s.io/apimachinery/pkg/api/resource", "Quantity")
	intOrString := named("k8s.io/apimachinery/pkg/util/intstr", "IntOrString")
	duration := named("k8s.io/apimachinery/pkg/apis/meta/v1", "Duration")
	custom := named("example.com/v1", "Custom")
	custom.Methods = map[string]*types.Type{"UnmarshalJSON": {Kind: types.Func}}
	tests := []struct {
		literal string
		t       *types.Type
		want    string // "" for no error
	}{
		{`"standard"`, str, ""},
		{`"Always"`, ptr(policy), ""},
		{`5`, str, `5 is an integer, and type string needs a JSON string: write +default="5"`},
		{`true`, policy, `true is a JSON boolean, and type Policy (string) needs a JSON string: write +default="true"`},
		{`standard`, str, `standard is not JSON: a string needs double quotes: write +default="standard"`},
		{`5`, ptr(i32), ""},
		{`5.0`, i32, ""},
		{`1e3`, i32, ""},
		{`1.5`, i32, "1.5 is not an integer, and type int32 needs one"},
		{`"5"`, i32, `"5" is a JSON string, and type int32 needs an integer: write +default=5`},
		{`-1`, u8, "-1 is out of the range of type uint8 (0 to 255)"},
		{`256`, u8, "256 is out of the range of type uint8 (0 to 255)"},
		{`0.5`, f64, ""},
		{`"true"`, boolean, `"true" is a JSON string, and type bool needs true or false: write +default=true`},
		{`null`, str, ""},
		{`["a","b"]`, slice(str), ""},
		{`"a"`, slice(str), `"a" is a JSON string, and type []string needs a JSON array`},
		{`["a",1]`, slice(str), `["a",1] has element 1 1, which is an integer, and type string needs a JSON string`},
		{`"aGk="`, slice(builtin("byte")), ""},
		{`{"a":1}`, strMap, ""},
		{`{"a":"x"}`, strMap, `{"a":"x"} has "a": "x", which is a JSON string, and type int32 needs an integer`},
		{`{}`, ptr(spec), ""},
		{`[]`, spec, "[] is an array, and type Spec needs a JSON object"},
		{`"1Gi"`, quantity, ""},
		{`5`, ptr(quantity), ""},
		{`true`, quantity, "true is a JSON boolean, and type Quantity takes a string or a number"},
		{`"http"`, intOrString, ""},
		{`8080`, intOrString, ""},
		{`"10s"`, duration, ""},
		{`10`, duration, "10 is an integer, and type Duration takes a string"},
		{`[1, {"x": 2}]`, custom, ""},
	}
	for _, tt := range tests {
		err := CheckDefault(tt.literal, tt.t)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckDefault(%s, %s) = %v, want no error", tt.literal, typeName(tt.t), err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckDefault(%s, %s) = %v, want %q", tt.literal, typeName(tt.t), err, tt.want)
		}
	}
}
