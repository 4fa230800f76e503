package conversion_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
	"github.com/gengokit/gengokit/testdata/conversion/roundtrip"
	v1 "github.com/gengokit/gengokit/testdata/conversion/roundtrip/v1"
)

// roundTrips is how many random objects TestRoundTrip converts.
const roundTrips = 5000

// TestRoundTrip fills random v1 objects of golden case roundtrip (every
// shape: builtins, named types, embedded structs, slices, maps and
// pointers of generated, unsafe-cast and hand-converted types, copy-only
// and renamed fields), converts each to the hub version and back through
// a runtime.Scheme holding the generated and hand-written conversions,
// and requires the original back.
func TestRoundTrip(t *testing.T) {
	goldentest.Loads(t)
	scheme := runtime.NewScheme()
	if err := v1.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range roundTrips {
		for _, pair := range []struct{ in, hub, back any }{
			{&v1.Fleet{}, &roundtrip.Fleet{}, &v1.Fleet{}},
			{&v1.FleetList{}, &roundtrip.FleetList{}, &v1.FleetList{}},
		} {
			fill(rng, reflect.ValueOf(pair.in).Elem(), 4)
			if err := scheme.Convert(pair.in, pair.hub, nil); err != nil {
				t.Fatalf("round trip %d: to the hub: %v", i, err)
			}
			if err := scheme.Convert(pair.hub, pair.back, nil); err != nil {
				t.Fatalf("round trip %d: back: %v", i, err)
			}
			if !reflect.DeepEqual(pair.in, pair.back) {
				t.Fatalf("round trip %d changed the object (-want +got):\n%s", i, cmp.Diff(pair.in, pair.back, cmp.Exporter(func(reflect.Type) bool { return true })))
			}
		}
	}
	t.Logf("%d round trips of Fleet and FleetList", roundTrips)
}

// TestRoundTripConvertsRenamedField checks that the hand-written
// conversion runs: the renamed field reaches the hub, and dollars become
// cents.
func TestRoundTripConvertsRenamedField(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := v1.AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	in := &v1.Fleet{Spec: v1.FleetSpec{Title: "armada", Wallet: &v1.Coin{Dollars: 3}, Purse: map[string]*v1.Coin{"a": nil, "b": {Dollars: 1}}}}
	hub := &roundtrip.Fleet{}
	if err := scheme.Convert(in, hub, nil); err != nil {
		t.Fatal(err)
	}
	if hub.Spec.DisplayName != "armada" || hub.Spec.Wallet.Cents != 300 || hub.Spec.Purse["a"] != nil || hub.Spec.Purse["b"].Cents != 100 {
		t.Errorf("hub spec = %+v", hub.Spec)
	}
}

// fill sets v to random contents: nil or 0-3 elements for pointers,
// slices and maps (nil always at depth 0), random scalars; unexported
// fields, TypeMeta and interfaces stay zero.
func fill(rng *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(rng.Int64N(1<<31) - 1<<30)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(rng.Uint64N(256))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(rng.Float64() * 100)
	case reflect.String:
		v.SetString(string(rune('a' + rng.IntN(26))))
	case reflect.Struct:
		for i := range v.NumField() {
			// apimachinery drops TypeMeta in conversions
			// (+k8s:conversion-fn=drop); the scheme sets it from the kind.
			if v.Field(i).CanSet() && v.Field(i).Type() != reflect.TypeFor[metav1.TypeMeta]() {
				fill(rng, v.Field(i), depth)
			}
		}
	case reflect.Pointer:
		v.SetZero()
		if depth > 0 && rng.IntN(4) != 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(rng, v.Elem(), depth-1)
		}
	case reflect.Slice:
		fillSlice(rng, v, depth)
	case reflect.Map:
		fillMap(rng, v, depth)
	}
}

func fillSlice(rng *rand.Rand, v reflect.Value, depth int) {
	v.SetZero()
	if depth == 0 || rng.IntN(4) == 0 {
		return
	}
	n := rng.IntN(4)
	v.Set(reflect.MakeSlice(v.Type(), n, n))
	for i := range n {
		fill(rng, v.Index(i), depth-1)
	}
}

func fillMap(rng *rand.Rand, v reflect.Value, depth int) {
	v.SetZero()
	if depth == 0 || rng.IntN(4) == 0 {
		return
	}
	v.Set(reflect.MakeMap(v.Type()))
	for range rng.IntN(4) {
		key, val := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(rng, key, depth-1)
		fill(rng, val, depth-1)
		v.SetMapIndex(key, val)
	}
}
