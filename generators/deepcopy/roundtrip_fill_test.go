package deepcopy_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"

	"github.com/gengokit/gengokit/testdata/deepcopy/interfaces"
)

// The random values of the round-trip tests: a seeded filler, the
// snapshot a copy is compared with, and the mutations that find shared
// memory.

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
