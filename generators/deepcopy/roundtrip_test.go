package deepcopy_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/gengokit/gengokit/testdata/deepcopy/aliases"
	"github.com/gengokit/gengokit/testdata/deepcopy/arrays"
	"github.com/gengokit/gengokit/testdata/deepcopy/builtins"
	"github.com/gengokit/gengokit/testdata/deepcopy/generics"
	"github.com/gengokit/gengokit/testdata/deepcopy/handwritten"
	"github.com/gengokit/gengokit/testdata/deepcopy/interfaces"
	"github.com/gengokit/gengokit/testdata/deepcopy/maps"
	"github.com/gengokit/gengokit/testdata/deepcopy/nonpointer"
	"github.com/gengokit/gengokit/testdata/deepcopy/optin"
	"github.com/gengokit/gengokit/testdata/deepcopy/optout"
	"github.com/gengokit/gengokit/testdata/deepcopy/otherpkg"
	"github.com/gengokit/gengokit/testdata/deepcopy/pointers"
	"github.com/gengokit/gengokit/testdata/deepcopy/recursive"
	"github.com/gengokit/gengokit/testdata/deepcopy/register"
	"github.com/gengokit/gengokit/testdata/deepcopy/slices"
	"github.com/gengokit/gengokit/testdata/deepcopy/structs"
)

// This file tests the behaviour of the committed zz_generated.deepcopy.go
// files of testdata/deepcopy: for random values of the golden types, a deep
// copy must equal the original and share no mutable memory with it.

// roundTripSeeds is how many seeds TestDeepCopyRoundTrip runs per type.
const roundTripSeeds = 200

// maxFillDepth bounds how many pointers, slices, maps and interfaces the
// random filler nests, so that recursive types terminate.
const maxFillDepth = 5

// copyCase is one golden type under test: check runs every property on the
// random value made from seed and returns the first violation.
type copyCase struct {
	name  string
	check func(seed uint64) error
}

// copyCases lists the golden types under test.
func copyCases() []copyCase {
	return []copyCase{
		pointerCase("maps.Maps", (*maps.Maps).DeepCopy),
		pointerCase("maps.Inner", (*maps.Inner).DeepCopy),
		valueCase("maps.Labels", maps.Labels.DeepCopy),
		valueCase("maps.Children", maps.Children.DeepCopy),
		pointerCase("slices.Slices", (*slices.Slices).DeepCopy),
		pointerCase("slices.Inner", (*slices.Inner).DeepCopy),
		valueCase("slices.Names", slices.Names.DeepCopy),
		valueCase("slices.Inners", slices.Inners.DeepCopy),
		pointerCase("pointers.Pointers", (*pointers.Pointers).DeepCopy),
		pointerCase("pointers.HasNamedPtr", (*pointers.HasNamedPtr).DeepCopy),
		pointerCase("aliases.Aliases", (*aliases.Aliases).DeepCopy),
		pointerCase("aliases.Inner", (*aliases.Inner).DeepCopy),
		valueCase("aliases.StrSlice", aliases.StrSlice.DeepCopy),
		valueCase("aliases.StrMap", aliases.StrMap.DeepCopy),
		valueCase("aliases.InnerMap", aliases.InnerMap.DeepCopy),
		valueCase("aliases.InnerSlice", aliases.InnerSlice.DeepCopy),
		pointerCase("structs.Outer", (*structs.Outer).DeepCopy),
		pointerCase("structs.Base", (*structs.Base).DeepCopy),
		pointerCase("recursive.Tree", (*recursive.Tree).DeepCopy),
		pointerCase("recursive.Node", (*recursive.Node).DeepCopy),
		valueCase("recursive.Forest", recursive.Forest.DeepCopy),
		// The hand-written DeepCopy methods of package handwritten copy with
		// append(T(nil), x...), which turns empty slices into nil ones; the
		// generated code delegates to them, so these cases compare copies
		// with equalNilEmptySlices instead of reflect.DeepEqual.
		pointerCaseEqual("handwritten.Holder", (*handwritten.Holder).DeepCopy, equalNilEmptySlices),
		pointerCaseEqual("handwritten.IntoCopy", (*handwritten.IntoCopy).DeepCopy, equalNilEmptySlices),
		pointerCaseEqual("handwritten.PtrCopy", (*handwritten.PtrCopy).DeepCopy, equalNilEmptySlices),
		valueCaseEqual("handwritten.ValueCopy", handwritten.ValueCopy.DeepCopy, equalNilEmptySlices),
		valueCaseEqual("handwritten.Bag", handwritten.Bag.DeepCopy, equalNilEmptySlices),
		valueCase("handwritten.Token", handwritten.Token.DeepCopy),
		pointerCase("otherpkg.Spec", (*otherpkg.Spec).DeepCopy),
		pointerCase("interfaces.Widget", (*interfaces.Widget).DeepCopy),
		pointerCase("interfaces.WidgetList", (*interfaces.WidgetList).DeepCopy),
		pointerCase("interfaces.Holder", (*interfaces.Holder).DeepCopy),
		pointerCase("arrays.Arrays", (*arrays.Arrays).DeepCopy),
		pointerCase("builtins.Builtins", (*builtins.Builtins).DeepCopy),
		pointerCase("nonpointer.Value", (*nonpointer.Value).DeepCopy),
		pointerCase("nonpointer.Pointer", (*nonpointer.Pointer).DeepCopy),
		pointerCase("generics.Box[int]", (*generics.Box[int]).DeepCopy),
		pointerCase("generics.Plain", (*generics.Plain).DeepCopy),
		pointerCase("optin.ChosenList", (*optin.ChosenList).DeepCopy),
		pointerCase("optout.Kept", (*optout.Kept).DeepCopy),
		pointerCase("register.Thing", (*register.Thing).DeepCopy),
	}
}

// TestDeepCopyRoundTrip checks, for roundTripSeeds random values of every
// golden type, that DeepCopy (and every DeepCopy<Interface> method, such as
// DeepCopyObject) returns an equal value sharing no mutable memory with the
// original, and that copying nil gives nil.
func TestDeepCopyRoundTrip(t *testing.T) {
	for _, c := range copyCases() {
		t.Run(c.name, func(t *testing.T) {
			for seed := range uint64(roundTripSeeds) {
				if err := c.check(seed); err != nil {
					t.Fatalf("seed %d: %v", seed, err)
				}
			}
		})
	}
}

// FuzzDeepCopy runs the properties of TestDeepCopyRoundTrip on every golden
// type for the random values made from a fuzzed seed.
func FuzzDeepCopy(f *testing.F) {
	for _, seed := range []uint64{0, 1, 2, 3, 42, 1 << 32, 1<<64 - 1} {
		f.Add(seed)
	}
	cases := copyCases()
	f.Fuzz(func(t *testing.T, seed uint64) {
		for _, c := range cases {
			if err := c.check(seed); err != nil {
				t.Errorf("%s, seed %d: %v", c.name, seed, err)
			}
		}
	})
}

// pointerCase tests a type T whose DeepCopy has a pointer receiver, and the
// DeepCopy<Interface> methods of *T.
func pointerCase[T any](name string, deepCopy func(*T) *T) copyCase {
	return pointerCaseEqual(name, deepCopy, reflect.DeepEqual)
}

// pointerCaseEqual is pointerCase comparing copies with equal.
func pointerCaseEqual[T any](name string, deepCopy func(*T) *T, equal func(a, b any) bool) copyCase {
	return copyCase{name: name, check: func(seed uint64) error {
		if got := deepCopy(nil); got != nil {
			return fmt.Errorf("DeepCopy of nil *%T = %#v, want nil", *new(T), got)
		}
		if err := checkNilInterfaceCopiers[T](); err != nil {
			return err
		}
		orig := new(T)
		newFiller(seed).fill(reflect.ValueOf(orig).Elem(), maxFillDepth)
		if err := checkCopy(orig, deepCopy, equal); err != nil {
			return fmt.Errorf("DeepCopy: %w", err)
		}
		return checkInterfaceCopiers(orig, equal)
	}}
}

// valueCase tests a named type T (a map, a slice or a builtin) whose DeepCopy
// has a value receiver.
func valueCase[T any](name string, deepCopy func(T) T) copyCase {
	return valueCaseEqual(name, deepCopy, reflect.DeepEqual)
}

// valueCaseEqual is valueCase comparing copies with equal.
func valueCaseEqual[T any](name string, deepCopy func(T) T, equal func(a, b any) bool) copyCase {
	return copyCase{name: name, check: func(seed uint64) error {
		var zero T
		if k := reflect.TypeFor[T]().Kind(); k == reflect.Map || k == reflect.Slice {
			if got := deepCopy(zero); !reflect.ValueOf(got).IsNil() {
				return fmt.Errorf("DeepCopy of nil %T = %#v, want nil", zero, got)
			}
		}
		orig := zero
		newFiller(seed).fill(reflect.ValueOf(&orig).Elem(), maxFillDepth)
		if err := checkCopy(orig, deepCopy, equal); err != nil {
			return fmt.Errorf("DeepCopy: %w", err)
		}
		return nil
	}}
}

// checkCopy copies orig with copyFn and checks that the copy is equal to orig
// (usually reflect.DeepEqual), and that mutating every reachable location of
// the copy leaves orig reflect.DeepEqual to its state before copying.
func checkCopy[V any](orig V, copyFn func(V) V, equal func(a, b any) bool) error {
	before := snapshot(orig)
	got := copyFn(orig)
	if !equal(got, orig) {
		return fmt.Errorf("copy differs from original (-original +copy):\n%s", diff(orig, got))
	}
	mutate(reflect.ValueOf(&got).Elem())
	if !reflect.DeepEqual(orig, before) {
		return fmt.Errorf("mutating the copy changed the original (-before +after):\n%s", diff(before, orig))
	}
	return nil
}

// equalNilEmptySlices is reflect.DeepEqual except that a nil and an empty
// slice are equal; maps stay strict. It accepts the hand-written DeepCopy
// methods of package handwritten, which return nil for empty slices.
func equalNilEmptySlices(a, b any) bool {
	return cmp.Equal(a, b, cmp.FilterValues(func(x, y any) bool {
		vx, vy := reflect.ValueOf(x), reflect.ValueOf(y)
		return vx.Kind() == reflect.Slice && vy.Kind() == reflect.Slice && vx.Len() == 0 && vy.Len() == 0
	}, cmp.Comparer(func(_, _ any) bool { return true })))
}

// diff describes how a and b differ, for failure messages.
func diff(a, b any) string {
	d := cmp.Diff(a, b, cmp.Exporter(func(reflect.Type) bool { return true }))
	if d == "" {
		return fmt.Sprintf("%#v\n%#v", a, b)
	}
	return d
}

// interfaceCopiers returns the names of the DeepCopy<Interface> methods of
// type pt, such as DeepCopyObject: methods named DeepCopy<Something> taking
// no argument and returning one interface value.
func interfaceCopiers(pt reflect.Type) []string {
	var names []string
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		if !strings.HasPrefix(m.Name, "DeepCopy") || m.Name == "DeepCopy" || m.Name == "DeepCopyInto" {
			continue
		}
		if m.Type.NumIn() == 1 && m.Type.NumOut() == 1 && m.Type.Out(0).Kind() == reflect.Interface {
			names = append(names, m.Name)
		}
	}
	return names
}

// callInterfaceCopier calls method name of p and returns its result.
func callInterfaceCopier[T any](p *T, name string) reflect.Value {
	return reflect.ValueOf(p).MethodByName(name).Call(nil)[0]
}

// checkNilInterfaceCopiers checks that every pointer-receiver
// DeepCopy<Interface> method of *T returns a nil interface for a nil *T.
func checkNilInterfaceCopiers[T any]() error {
	for _, name := range interfaceCopiers(reflect.TypeFor[*T]()) {
		if _, valueReceiver := reflect.TypeFor[T]().MethodByName(name); valueReceiver {
			continue // calling it on a nil pointer would dereference nil
		}
		if got := callInterfaceCopier((*T)(nil), name); !got.IsNil() {
			return fmt.Errorf("%s of nil *%T returned an interface holding %s, want nil", name, *new(T), got.Elem().Type())
		}
	}
	return nil
}

// checkInterfaceCopiers checks every DeepCopy<Interface> method of *T, such
// as DeepCopyObject, like DeepCopy: the result must hold a *T (or a T, for
// nonpointer-interfaces) equal to orig and independent of it.
func checkInterfaceCopiers[T any](orig *T, equal func(a, b any) bool) error {
	for _, name := range interfaceCopiers(reflect.TypeFor[*T]()) {
		var typeErr error
		viaMethod := func(p *T) *T {
			switch c := callInterfaceCopier(p, name).Interface().(type) {
			case *T:
				return c
			case T:
				return &c
			default:
				typeErr = fmt.Errorf("%s returned %T, want %T", name, c, p)
				return nil
			}
		}
		err := checkCopy(orig, viaMethod, equal)
		if typeErr != nil {
			return typeErr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}
