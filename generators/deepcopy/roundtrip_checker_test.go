package deepcopy_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/testdata/deepcopy/handwritten"
	"github.com/gengokit/gengokit/testdata/deepcopy/interfaces"
	"github.com/gengokit/gengokit/testdata/deepcopy/maps"
	"github.com/gengokit/gengokit/testdata/deepcopy/nonpointer"
	"github.com/gengokit/gengokit/testdata/deepcopy/otherpkg"
	"github.com/gengokit/gengokit/testdata/deepcopy/pointers"
	"github.com/gengokit/gengokit/testdata/deepcopy/recursive"
	"github.com/gengokit/gengokit/testdata/deepcopy/slices"
)

// Tests of the round-trip checker itself: it must catch broken copies,
// accept correct ones, and fill values of every kind.

// TestCheckerDetectsBrokenCopies checks that checkCopy reports copies that
// share memory with the original or lose data, so that a green
// TestDeepCopyRoundTrip means something.
func TestCheckerDetectsBrokenCopies(t *testing.T) {
	tests := []struct {
		name  string
		check func(seed uint64) error
		want  string
	}{
		{"shallow slices.Slices", func(seed uint64) error {
			return checkFilled(seed, func(p *slices.Slices) *slices.Slices { c := *p; return &c })
		}, "changed the original"},
		{"shallow recursive.Tree", func(seed uint64) error {
			return checkFilled(seed, func(p *recursive.Tree) *recursive.Tree { c := *p; return &c })
		}, "changed the original"},
		{"shallow pointers.Pointers", func(seed uint64) error {
			return checkFilled(seed, func(p *pointers.Pointers) *pointers.Pointers { c := *p; return &c })
		}, "changed the original"},
		{"identity maps.Labels", func(seed uint64) error {
			return checkFilled(seed, func(l maps.Labels) maps.Labels { return l })
		}, "changed the original"},
		{"identity slices.Names", func(seed uint64) error {
			return checkFilled(seed, func(n slices.Names) slices.Names { return n })
		}, "changed the original"},
		{"shallow interfaces.Holder", func(seed uint64) error {
			return checkFilled(seed, func(p *interfaces.Holder) *interfaces.Holder { c := *p; return &c })
		}, "changed the original"},
		{"lossy slices.Slices", func(seed uint64) error {
			return checkFilled(seed, func(*slices.Slices) *slices.Slices { return &slices.Slices{} })
		}, "differs from original"},
		{"empty becomes nil slices.Names", func(seed uint64) error {
			return checkFilled(seed, func(n slices.Names) slices.Names { return append(slices.Names(nil), n...) })
		}, "differs from original"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(50) {
				if err := tt.check(seed); err != nil {
					if !strings.Contains(err.Error(), tt.want) {
						t.Fatalf("seed %d: error %q does not mention %q", seed, err, tt.want)
					}
					return
				}
			}
			t.Errorf("no seed out of 50 made checkCopy report a broken copy")
		})
	}
}

// TestCheckerAcceptsReflectionCopy checks that checkCopy accepts the
// independent reflection-based copy, which validates snapshot, mutate and the
// filler together.
func TestCheckerAcceptsReflectionCopy(t *testing.T) {
	for seed := range uint64(50) {
		for _, err := range []error{
			checkFilled(seed, snapshot[*maps.Maps]),
			checkFilled(seed, snapshot[*otherpkg.Spec]),
			checkFilled(seed, snapshot[*interfaces.Holder]),
			checkFilled(seed, snapshot[*recursive.Tree]),
			checkFilled(seed, snapshot[recursive.Forest]),
		} {
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
	}
}

// TestCheckerEqualNilEmptySlices checks that the equality used for package
// handwritten relaxes only nil against empty slices.
func TestCheckerEqualNilEmptySlices(t *testing.T) {
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"nil and empty slice", []int(nil), []int{}, true},
		{"nil and empty nested slice", handwritten.Holder{Bag: nil}, handwritten.Holder{Bag: handwritten.Bag{}}, true},
		{"different slices", []int{1}, []int{2}, false},
		{"nil and empty map", handwritten.Holder{BagMap: nil}, handwritten.Holder{BagMap: map[string]handwritten.Bag{}}, false},
		{"different map values", map[string][]int{"a": {1}}, map[string][]int{"a": {1, 2}}, false},
	}
	for _, tt := range tests {
		if got := equalNilEmptySlices(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: equalNilEmptySlices = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// checkFilled fills a value of type V from seed and runs checkCopy on it.
func checkFilled[V any](seed uint64, copyFn func(V) V) error {
	var orig V
	v := reflect.ValueOf(&orig).Elem()
	if v.Kind() == reflect.Pointer {
		v.Set(reflect.New(v.Type().Elem()))
		v = v.Elem()
	}
	newFiller(seed).fill(v, maxFillDepth)
	return checkCopy(orig, copyFn, reflect.DeepEqual)
}

// TestRoundTripFillerVariety checks that the filler makes nil, empty and
// non-empty slices and maps, nil and non-nil interfaces, and nested values,
// so that the round-trip properties see every shape.
func TestRoundTripFillerVariety(t *testing.T) {
	seen := map[string]bool{}
	for seed := range uint64(roundTripSeeds) {
		var s slices.Slices
		var m maps.Maps
		var h interfaces.Holder
		var tree recursive.Tree
		newFiller(seed).fill(reflect.ValueOf(&s).Elem(), maxFillDepth)
		newFiller(seed).fill(reflect.ValueOf(&m).Elem(), maxFillDepth)
		newFiller(seed).fill(reflect.ValueOf(&h).Elem(), maxFillDepth)
		newFiller(seed).fill(reflect.ValueOf(&tree).Elem(), maxFillDepth)
		seen["nil slice"] = seen["nil slice"] || s.Strings == nil
		seen["empty slice"] = seen["empty slice"] || (s.Strings != nil && len(s.Strings) == 0)
		seen["full slice"] = seen["full slice"] || len(s.Strings) == 3
		seen["nil map"] = seen["nil map"] || m.Strings == nil
		seen["empty map"] = seen["empty map"] || (m.Strings != nil && len(m.Strings) == 0)
		seen["non-empty map"] = seen["non-empty map"] || len(m.Strings) > 0
		seen["nil interface"] = seen["nil interface"] || h.Object == nil
		_, isWidget := h.Object.(*interfaces.Widget)
		seen["*Widget interface"] = seen["*Widget interface"] || isWidget
		seen["grandchild"] = seen["grandchild"] || (len(tree.Children) > 0 && len(tree.Children[0].Children) > 0)
	}
	for _, want := range []string{"nil slice", "empty slice", "full slice", "nil map", "empty map",
		"non-empty map", "nil interface", "*Widget interface", "grandchild"} {
		if !seen[want] {
			t.Errorf("no seed made a value with a %s", want)
		}
	}
}

// TestRoundTripFindsInterfaceCopiers checks that interfaceCopiers finds the
// DeepCopy<Interface> methods of the golden types, so that
// checkInterfaceCopiers does not pass vacuously.
func TestRoundTripFindsInterfaceCopiers(t *testing.T) {
	tests := []struct {
		typ  reflect.Type
		want []string
	}{
		{reflect.TypeFor[*interfaces.Widget](), []string{"DeepCopyCopier", "DeepCopyObject"}},
		{reflect.TypeFor[*interfaces.WidgetList](), []string{"DeepCopyObject"}},
		{reflect.TypeFor[*nonpointer.Value](), []string{"DeepCopyCloner"}},
		{reflect.TypeFor[*nonpointer.Pointer](), []string{"DeepCopyCloner"}},
		{reflect.TypeFor[*maps.Maps](), nil},
	}
	for _, tt := range tests {
		if got := interfaceCopiers(tt.typ); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("interfaceCopiers(%s) = %v, want %v", tt.typ, got, tt.want)
		}
	}
}
