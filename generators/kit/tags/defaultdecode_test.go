package tags

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

// TestCheckDefaultDecoded checks +default values as defaulter-gen's code
// uses them: Go constants for primitive types, json.Unmarshal for the
// rest, which panics on a value that does not decode into a struct's
// field and drops a key that names none (a warning).
func TestCheckDefaultDecoded(t *testing.T) {
	builtin := func(name string) *types.Type { return &types.Type{Name: types.Name{Name: name}, Kind: types.Builtin} }
	str, i32, i64, f32 := builtin("string"), builtin("int32"), builtin("int64"), builtin("float32")
	ptr := func(t *types.Type) *types.Type { return &types.Type{Kind: types.Pointer, Elem: t} }
	slice := func(t *types.Type) *types.Type { return &types.Type{Kind: types.Slice, Elem: t} }
	strct := func(name string, members ...types.Member) *types.Type {
		return &types.Type{Name: types.Name{Package: "example.com/v1", Name: name}, Kind: types.Struct, Members: members}
	}
	field := func(name string, t *types.Type, tag string) types.Member {
		return types.Member{Name: name, Type: t, Tags: tag}
	}
	base := strct("Base", field("Mode", str, `json:"mode"`))
	text := &types.Type{Name: types.Name{Package: "example.com/v1", Name: "Level"}, Kind: types.Alias, Underlying: i32,
		Methods: map[string]*types.Type{"UnmarshalText": {Kind: types.Func}}}
	spec := strct("Spec",
		types.Member{Name: "Base", Type: base, Embedded: true, Tags: `json:",inline"`},
		field("Replicas", i32, `json:"replicas"`), field("Hidden", str, `json:"-"`),
		field("Count", i64, `json:"count,string"`), field("private", str, ""), field("Plain", str, ""),
		field("Level", text, `json:"level"`))
	codes := &types.Type{Kind: types.Map, Key: i32, Elem: str}
	tests := []struct {
		literal   string
		t         *types.Type
		goLiteral bool   // goLiteral
		want      string // "" for no error
		warn      string // "" for none
	}{
		{`5.0`, i32, true, "", ""},
		{`1e3`, ptr(i64), true, "", ""},
		{`9223372036854775807`, i64, true, "", ""},
		{`9223372036854775808`, i64, true, "out of the range of type int64", ""},
		{`1e39`, f32, true, "1e39 is out of the range of type float32", ""},
		{`"a\/b"`, str, true, `write +default="a/b"`, ""},
		{`["a\/b"]`, slice(str), false, "", ""},
		{`[5.0]`, slice(i32), false, "has a fraction or an exponent", ""},
		{`{"7": "a"}`, codes, false, "", ""},
		{`{"x": "a"}`, codes, false, `has key "x", which is no int32`, ""},
		{`{"replicas": 3, "mode": "m", "Plain": "p", "count": "4", "level": "high"}`, ptr(spec), false, "", ""},
		{`{"REPLICAS": 3, "plain": "p"}`, spec, false, "", ""},
		{`{"replicas": "3"}`, spec, false, `for field Replicas of Spec, which is a JSON string, and type int32 needs an integer; the generated code's json.Unmarshal would panic on it: write "replicas": 3`, ""},
		{`{"mode": 1}`, spec, false, `has "mode": 1 for field Mode of Spec`, ""},
		{`{"Hidden": "h"}`, spec, false, "", `"Hidden" names no field of Spec`},
		{`{"private": "p"}`, spec, false, "", `"private" names no field of Spec`},
		{`[{"replicas": 1}, {"replicas": true}]`, slice(spec), false, `has element 1`, ""},
	}
	for _, tt := range tests {
		warnings, err := CheckDefaultDecoded(tt.literal, tt.t, tt.goLiteral)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckDefaultDecoded(%s, %s) = %v, want no error", tt.literal, typeName(tt.t), err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckDefaultDecoded(%s, %s) = %v, want %q", tt.literal, typeName(tt.t), err, tt.want)
		}
		got := strings.Join(warnings, "\n")
		if tt.warn == "" && got != "" || !strings.Contains(got, tt.warn) {
			t.Errorf("CheckDefaultDecoded(%s, %s) warns %q, want %q", tt.literal, typeName(tt.t), got, tt.warn)
		}
	}
}
