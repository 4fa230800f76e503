package deepcopy_test

import (
	"fmt"
	"math/rand/v2"
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

// filler fills values with random contents.
type filler struct {
	rng *rand.Rand
	// impls are the concrete types that can fill interface-typed locations.
	impls []reflect.Type
}

// newFiller returns a filler whose choices are determined by seed.
func newFiller(seed uint64) *filler {
	return &filler{
		rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)),
		impls: []reflect.Type{
			reflect.TypeFor[*interfaces.Widget](),
			reflect.TypeFor[*interfaces.WidgetList](),
		},
	}
}

// fill sets the settable value v to random contents. Pointers, slices, maps
// and interfaces are sometimes nil (always at depth 0), slices and maps
// sometimes empty and otherwise hold 1 to 3 elements, each filled at depth-1.
// Unexported struct fields are left zero: they cannot be set.
func (f *filler) fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(f.rng.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(f.rng.Int64N(201) - 100)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(f.rng.Uint64N(201))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.rng.IntN(2001)-1000) / 8)
	case reflect.String:
		v.SetString(f.randomString())
	case reflect.Array:
		for i := range v.Len() {
			f.fill(v.Index(i), depth)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if field := v.Field(i); field.CanSet() {
				f.fill(field, depth)
			}
		}
	case reflect.Pointer:
		if depth > 0 && f.rng.IntN(4) != 0 {
			p := reflect.New(v.Type().Elem())
			f.fill(p.Elem(), depth-1)
			v.Set(p)
		}
	case reflect.Slice:
		f.fillSlice(v, depth)
	case reflect.Map:
		f.fillMap(v, depth)
	case reflect.Interface:
		f.fillInterface(v, depth)
	default:
		panic(fmt.Sprintf("filler: unsupported kind %s of %s", v.Kind(), v.Type()))
	}
}

// randomString returns a string of 0 to 3 letters from a small alphabet, so
// that map keys sometimes collide.
func (f *filler) randomString() string {
	const letters = "abcxyz"
	b := make([]byte, f.rng.IntN(4))
	for i := range b {
		b[i] = letters[f.rng.IntN(len(letters))]
	}
	return string(b)
}

// randomLen returns -1 (meaning nil), 0, or 1 to 3 elements; only -1 or 0
// at depth 0.
func (f *filler) randomLen(depth int) int {
	if depth <= 0 {
		return f.rng.IntN(2) - 1
	}
	return f.rng.IntN(5) - 1
}

// fillSlice sets the slice v to nil, empty or random elements.
func (f *filler) fillSlice(v reflect.Value, depth int) {
	n := f.randomLen(depth)
	if n < 0 {
		return
	}
	s := reflect.MakeSlice(v.Type(), n, n)
	for i := range n {
		f.fill(s.Index(i), depth-1)
	}
	v.Set(s)
}

// fillMap sets the map v to nil, empty or random entries (colliding keys
// make it smaller).
func (f *filler) fillMap(v reflect.Value, depth int) {
	n := f.randomLen(depth)
	if n < 0 {
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), n)
	for range n {
		key := reflect.New(v.Type().Key()).Elem()
		f.fill(key, depth-1)
		elem := reflect.New(v.Type().Elem()).Elem()
		f.fill(elem, depth-1)
		m.SetMapIndex(key, elem)
	}
	v.Set(m)
}

// fillInterface sets the interface v to nil or to a non-nil random value of
// one of f.impls that implements it.
func (f *filler) fillInterface(v reflect.Value, depth int) {
	if depth <= 0 || f.rng.IntN(4) == 0 {
		return
	}
	var candidates []reflect.Type
	for _, impl := range f.impls {
		if impl.Implements(v.Type()) {
			candidates = append(candidates, impl)
		}
	}
	if len(candidates) == 0 {
		panic(fmt.Sprintf("filler: no implementation of %s", v.Type()))
	}
	impl := candidates[f.rng.IntN(len(candidates))]
	if impl.Kind() == reflect.Pointer {
		p := reflect.New(impl.Elem())
		f.fill(p.Elem(), depth-1)
		v.Set(p)
		return
	}
	e := reflect.New(impl).Elem()
	f.fill(e, depth-1)
	v.Set(e)
}

// snapshot returns a deep copy of v made by reflection, independent of the
// generated code. Unexported struct fields are copied shallowly; the filler
// leaves them zero.
func snapshot[V any](v V) V {
	out := reflect.New(reflect.TypeFor[V]()).Elem()
	copyValue(out, reflect.ValueOf(&v).Elem())
	return out.Interface().(V)
}

// copyValue sets the settable dst to a deep copy of src.
func copyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		p := reflect.New(src.Type().Elem())
		copyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Slice:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyValue(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Map:
		copyMap(dst, src)
	case reflect.Array:
		for i := range src.Len() {
			copyValue(dst.Index(i), src.Index(i))
		}
	case reflect.Struct:
		dst.Set(src)
		for i := range src.NumField() {
			if field := dst.Field(i); field.CanSet() {
				copyValue(field, src.Field(i))
			}
		}
	case reflect.Interface:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		e := reflect.New(src.Elem().Type()).Elem()
		copyValue(e, src.Elem())
		dst.Set(e)
	default:
		dst.Set(src)
	}
}

// copyMap sets the settable map dst to a deep copy of src (keys are comparable
// values and are reused).
func copyMap(dst, src reflect.Value) {
	if src.IsNil() {
		dst.SetZero()
		return
	}
	m := reflect.MakeMapWithSize(src.Type(), src.Len())
	for iter := src.MapRange(); iter.Next(); {
		e := reflect.New(src.Type().Elem()).Elem()
		copyValue(e, iter.Value())
		m.SetMapIndex(iter.Key(), e)
	}
	dst.Set(m)
}

// mutate changes every reachable mutable location of v in place: scalars get
// new values, pointer targets, slice and array elements and exported struct
// fields are mutated, and maps have every entry changed, one deleted and one
// added. Locations shared with another value therefore change there too.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(v.Uint() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.String:
		v.SetString(v.String() + "~")
	case reflect.Pointer:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if field := v.Field(i); field.CanSet() {
				mutate(field)
			}
		}
	case reflect.Map:
		mutateMap(v)
	case reflect.Interface:
		mutateInterface(v)
	}
}

// mutateMap mutates every entry of the map m, then deletes one existing entry
// and adds a new one. A nil map is left alone.
func mutateMap(m reflect.Value) {
	if m.IsNil() {
		return
	}
	keys := m.MapKeys()
	for _, k := range keys {
		e := reflect.New(m.Type().Elem()).Elem()
		e.Set(m.MapIndex(k))
		mutate(e) // in place: shared memory below the entry changes too
		m.SetMapIndex(k, e)
	}
	newKey, ok := absentKey(m)
	if len(keys) > 0 {
		m.SetMapIndex(keys[0], reflect.Value{})
	}
	if ok {
		m.SetMapIndex(newKey, reflect.Zero(m.Type().Elem()))
	}
}

// absentKey returns a key that m does not hold, if a few mutations of the
// zero key find one.
func absentKey(m reflect.Value) (reflect.Value, bool) {
	k := reflect.New(m.Type().Key()).Elem()
	for range 8 {
		if !m.MapIndex(k).IsValid() {
			return k, true
		}
		mutate(k)
	}
	return k, false
}

// mutateInterface mutates the value held by the settable interface v: in
// place through a pointer, otherwise by mutating a copy and storing it back.
func mutateInterface(v reflect.Value) {
	if v.IsNil() {
		return
	}
	e := v.Elem()
	if e.Kind() == reflect.Pointer {
		mutate(e)
		return
	}
	c := reflect.New(e.Type()).Elem()
	c.Set(e)
	mutate(c)
	v.Set(c)
}

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
