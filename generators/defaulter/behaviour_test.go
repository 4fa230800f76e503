package defaulter_test

import (
	"testing"

	"k8s.io/apimachinery/pkg/runtime"

	"github.com/gengokit/gengokit/testdata/defaulter/input"
	inputv1 "github.com/gengokit/gengokit/testdata/defaulter/input/v1"
	"github.com/gengokit/gengokit/testdata/defaulter/literals"
	"github.com/gengokit/gengokit/testdata/defaulter/nested"
	"github.com/gengokit/gengokit/testdata/defaulter/structdefaults"
)

// TestSchemeDefaultsLiterals registers the golden literals case's
// defaulters in a scheme and checks that Default fills exactly what its
// +default tags say, and leaves set values and zero-valued defaults alone.
func TestSchemeDefaultsLiterals(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := literals.RegisterDefaults(scheme); err != nil {
		t.Fatal(err)
	}
	obj := &literals.Settings{Port: 1}
	scheme.Default(obj)
	switch {
	case obj.Name != "fast", obj.Port != 1, !obj.Enabled, obj.Ratio != 0.5, obj.Mode != "auto":
		t.Errorf("primitive defaults: got %+v", obj)
	case obj.NamePtr == nil || *obj.NamePtr != "ptr", obj.ZeroPtr == nil || *obj.ZeroPtr != 0:
		t.Errorf("pointer defaults: got %v %v", obj.NamePtr, obj.ZeroPtr)
	case obj.Zero != 0, obj.Empty != "":
		t.Errorf("zero-valued defaults are dropped, got %d %q", obj.Zero, obj.Empty)
	case len(obj.Tags) != 2 || obj.Tags[1] != "b", obj.Labels["k"] != "v", obj.Sub == nil || obj.Sub.Size != 2:
		t.Errorf("JSON defaults: got %v %v %v", obj.Tags, obj.Labels, obj.Sub)
	}
}

// TestSchemeDefaultsNested checks that the object defaulter of a list
// reaches its items' leaves through embedded structs, pointers, slices of
// values and of pointers, and recursion, and skips nil pointers.
func TestSchemeDefaultsNested(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := nested.RegisterDefaults(scheme); err != nil {
		t.Fatal(err)
	}
	list := &nested.TreeList{Items: []nested.Tree{{
		Ptr:      &nested.Leaf{},
		Slice:    []nested.Leaf{{}, {Value: "kept"}},
		PtrSlice: []*nested.Leaf{nil, {}},
		Map:      map[string]nested.Leaf{"m": {}},
		Rec:      &nested.Tree{Ptr: &nested.Leaf{}},
	}}}
	scheme.Default(list)
	tr := list.Items[0]
	switch {
	case tr.Embedded.Leaf.Value != "leaf", tr.Leaf != nil, tr.Ptr.Value != "leaf":
		t.Errorf("embedded/pointer: got %+v", tr)
	case tr.Slice[0].Value != "leaf", tr.Slice[1].Value != "kept", tr.PtrSlice[0] != nil, tr.PtrSlice[1].Value != "leaf":
		t.Errorf("slices: got %+v %+v", tr.Slice, tr.PtrSlice)
	case tr.Map["m"].Value != "":
		t.Errorf("map values are not defaulted in place (as upstream), got %+v", tr.Map)
	case tr.Strings["a"] != "b", len(tr.Names) != 1 || tr.Names[0] != "x":
		t.Errorf("JSON defaults: got %v %v", tr.Strings, tr.Names)
	case tr.Rec.Ptr.Value != "leaf", tr.Rec.Embedded.Leaf.Value != "leaf":
		t.Errorf("recursion: got %+v", tr.Rec)
	}
}

// TestSchemeDefaultsInput checks the defaulters package input writes for
// the types of package v1 (+k8s:defaulter-gen-input): its hand-written
// SetDefaults_ functions run, and v1's +default tags apply, through lists.
func TestSchemeDefaultsInput(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := input.RegisterDefaults(scheme); err != nil {
		t.Fatal(err)
	}
	list := &inputv1.WidgetList{Items: []inputv1.Widget{{Ports: []inputv1.Port{{}}, Spec: &inputv1.WidgetSpec{}}}}
	scheme.Default(list)
	w := list.Items[0]
	switch {
	case w.Replicas == nil || *w.Replicas != 1, w.Ports[0].Protocol != inputv1.ProtocolTCP:
		t.Errorf("hand-written defaulters: got %+v", w)
	case w.Mode != "auto", w.Name != "widget", w.Spec.Protocol != inputv1.ProtocolTCP, len(w.Spec.Tags) != 1:
		t.Errorf("+default: got %+v %+v", w, w.Spec)
	}
}

// TestSchemeDefaultsStructs applies the golden structdefaults case's
// struct defaults, which defaulter-gen accepts: json.Unmarshal decodes
// each without a panic, through json names, keys of another case, inlined
// structs, ",string" fields and the types that decode themselves; the key
// that names no field (a warning) is dropped.
func TestSchemeDefaultsStructs(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := structdefaults.RegisterDefaults(scheme); err != nil {
		t.Fatal(err)
	}
	obj := &structdefaults.Object{}
	scheme.Default(obj) // panics if a default does not decode
	switch {
	case obj.Fits.Replicas != 3, obj.Fits.Name != "x", obj.Fits.Mode != "fast":
		t.Errorf("json names and an inlined struct: got %+v", obj.Fits)
	case obj.AnyCase.Replicas != 4, obj.AnyCase.Name != "y":
		t.Errorf("keys matched ignoring case: got %+v", obj.AnyCase)
	case obj.Decoders.Port.Target.StrVal != "http", obj.Decoders.Memory.String() != "1Gi", obj.Decoders.Timeout.Duration.String() != "1m0s":
		t.Errorf("types that decode themselves: got %+v", obj.Decoders)
	case obj.AsString.Count != 12, obj.Stamp.Year() != 2006:
		t.Errorf(",string and a promoted UnmarshalJSON: got %+v %v", obj.AsString, obj.Stamp)
	case len(obj.Specs) != 2 || obj.Specs[1].Port.Number != 8080:
		t.Errorf("a slice of struct pointers: got %+v", obj.Specs)
	case obj.Dropped.Replicas != 5:
		t.Errorf("the known key of an object with an unknown one: got %+v", obj.Dropped)
	}
}
