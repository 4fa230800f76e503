package conversion

import (
	"testing"

	"k8s.io/gengo/v2/types"
)

// TestCastCompiles holds castCompiles to Go's conversion rules for the
// casts conversion-gen writes: what Go accepts stays a cast, what it
// rejects is reported.
func TestCastCompiles(t *testing.T) {
	builtin := func(name string) *types.Type { return &types.Type{Name: types.Name{Name: name}, Kind: types.Builtin} }
	quantity := &types.Type{Name: types.Name{Package: "example.com/m", Name: "Quantity"}, Kind: types.Alias, Underlying: types.String}
	count := &types.Type{Name: types.Name{Package: "example.com/m", Name: "Count"}, Kind: types.Alias, Underlying: types.Int32}
	widget := &types.Type{Name: types.Name{Package: "example.com/m", Name: "Widget"}, Kind: types.Struct}
	strs := &types.Type{Name: types.Name{Name: "[]string"}, Kind: types.Slice, Elem: types.String}
	iface := &types.Type{Name: types.Name{Name: "interface{}"}, Kind: types.Interface}
	st := func(name string, fields ...string) *types.Type {
		t := &types.Type{Name: types.Name{Package: "example.com/m", Name: name}, Kind: types.Struct}
		for _, f := range fields {
			t.Members = append(t.Members, types.Member{Name: f, Type: types.Int})
		}
		return t
	}
	partA, partB, partC, partD := st("A", "X"), st("B", "Y"), st("C", "X"), st("D", "X", "Y")
	for _, c := range []struct {
		in, out *types.Type
		want    bool
	}{
		{types.Int32, types.Int64, true}, {types.Float64, types.Int32, true}, {types.Int64, types.Float32, true},
		{types.Int32, types.String, true}, {types.Byte, types.String, true}, {builtin("rune"), types.String, true},
		{types.String, quantity, true}, {quantity, types.String, true}, {count, types.Int64, true}, {count, quantity, true},
		{types.Bool, types.Bool, true}, {builtin("complex64"), builtin("complex128"), true},
		{builtin("unsafe.Pointer"), widget, true}, {types.String, strs, true}, {types.String, iface, true}, {widget, widget, true},
		{types.String, types.Int32, false}, {quantity, types.Float64, false}, {types.Float64, types.String, false},
		{types.Bool, types.Int32, false}, {types.Int32, types.Bool, false}, {types.String, types.Bool, false},
		{types.Bool, quantity, false}, {builtin("complex64"), types.Float64, false}, {types.Float32, builtin("complex128"), false},
		{types.String, widget, false}, {count, widget, false},
		{partA, partC, true}, {partA, partB, false}, {partA, partD, false}, {partD, partA, false},
	} {
		if got := castCompiles(c.in, c.out); got != c.want {
			t.Errorf("castCompiles(%s, %s) = %v, want %v", c.in, c.out, got, c.want)
		}
	}
}
