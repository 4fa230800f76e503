package v1_test

import (
	"math/rand"
	"reflect"
	"testing"

	"k8s.io/apimachinery/pkg/api/apitesting/fuzzer"
	apiequality "k8s.io/apimachinery/pkg/api/equality"
	metafuzzer "k8s.io/apimachinery/pkg/apis/meta/fuzzer"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	"k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/runtime/serializer/protobuf"
	"k8s.io/apimachinery/pkg/util/diff"
	"sigs.k8s.io/randfill"

	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking/install"
	networkingv1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
)

// roundTrips is how many random objects of each kind the round trip
// test encodes.
const roundTrips = 200

// TestProtobufRoundTrip encodes random Networks and NetworkLists with
// apimachinery's protobuf serializer over the example's scheme (the
// generated.pb.go that go-to-protobuf wrote does the marshalling) and
// decodes them equal; the JSON serializer decodes each to the same object.
// Every field of the API's own types is filled in some object (checked),
// so a field generated.pb.go lost fails the test.
func TestProtobufRoundTrip(t *testing.T) {
	scheme := runtime.NewScheme()
	install.Install(scheme)
	pb := protobuf.NewSerializer(scheme, scheme)
	js := json.NewSerializerWithOptions(json.DefaultMetaFactory, scheme, scheme, json.SerializerOptions{})
	f := fuzzer.FuzzerFor(metafuzzer.Funcs, rand.NewSource(23), serializer.NewCodecFactory(scheme))
	for _, newObj := range []func() runtime.Object{
		func() runtime.Object { return &networkingv1.Network{} },
		func() runtime.Object { return &networkingv1.NetworkList{} },
	} {
		kind := reflect.TypeOf(newObj()).Elem().Name()
		t.Run(kind, func(t *testing.T) {
			filled := map[string]bool{}
			for i := 0; i < roundTrips; i++ {
				obj := randomObject(t, f, scheme, newObj())
				markFilled(reflect.ValueOf(obj).Elem(), kind, filled)
				fromPB := roundTrip(t, pb, obj)
				fromJSON := roundTrip(t, js, obj)
				if !apiequality.Semantic.DeepEqual(fromJSON, fromPB) {
					t.Fatalf("%s %d: JSON and protobuf decode to different objects:\n%s", kind, i, diff.Diff(fromJSON, fromPB))
				}
			}
			var want []string
			fieldPaths(reflect.TypeOf(newObj()).Elem(), kind, &want)
			for _, p := range want {
				if !filled[p] {
					t.Errorf("no random %s filled %s: the round trip does not cover it", kind, p)
				}
			}
		})
	}
}

// randomObject fills obj at random and sets its kind and version, as a
// client sends it (the fuzzer leaves TypeMeta blank).
func randomObject(t *testing.T, f *randfill.Filler, scheme *runtime.Scheme, obj runtime.Object) runtime.Object {
	t.Helper()
	f.Fill(obj)
	gvks, _, err := scheme.ObjectKinds(obj)
	if err != nil {
		t.Fatal(err)
	}
	obj.GetObjectKind().SetGroupVersionKind(gvks[0])
	return obj
}

// roundTrip encodes obj with s, decodes the bytes with s and fails t unless
// the result equals obj.
func roundTrip(t *testing.T, s runtime.Serializer, obj runtime.Object) runtime.Object {
	t.Helper()
	data, err := runtime.Encode(s, obj)
	if err != nil {
		t.Fatalf("encoding %T: %v", obj, err)
	}
	got, err := runtime.Decode(s, data)
	if err != nil {
		t.Fatalf("decoding %T: %v", obj, err)
	}
	if !apiequality.Semantic.DeepEqual(obj, got) {
		t.Fatalf("%T changed in a round trip through %T:\n%s", obj, s, diff.Diff(obj, got))
	}
	return got
}

// typeMeta is the type of the embedded TypeMeta, which protobuf leaves out
// by design (the envelope carries the kind).
var typeMeta = reflect.TypeOf(metav1.TypeMeta{})

// ownStruct reports whether t is a struct of the Network API's package,
// whose fields fieldPaths and markFilled descend into.
func ownStruct(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.PkgPath() == reflect.TypeOf(networkingv1.Network{}).PkgPath()
}

// fieldPaths appends to paths the path of every field below the struct t:
// the fields of the API's own structs, through slices of them, and the
// fields whose types come from other packages as leaves.
func fieldPaths(t reflect.Type, prefix string, paths *[]string) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Type == typeMeta {
			continue
		}
		p := prefix + "." + sf.Name
		*paths = append(*paths, p)
		switch ft := sf.Type; {
		case ownStruct(ft):
			fieldPaths(ft, p, paths)
		case ft.Kind() == reflect.Slice && ownStruct(ft.Elem()):
			fieldPaths(ft.Elem(), p+"[]", paths)
		}
	}
}

// markFilled records in filled the path of every field below the struct v
// that holds a non-zero value (a non-empty slice or map), as fieldPaths
// names them.
func markFilled(v reflect.Value, prefix string, filled map[string]bool) {
	for i := 0; i < v.NumField(); i++ {
		sf, fv := v.Type().Field(i), v.Field(i)
		if sf.Type == typeMeta {
			continue
		}
		p := prefix + "." + sf.Name
		switch {
		case ownStruct(sf.Type):
			markFilled(fv, p, filled)
		case sf.Type.Kind() == reflect.Slice && ownStruct(sf.Type.Elem()):
			for j := 0; j < fv.Len(); j++ {
				markFilled(fv.Index(j), p+"[]", filled)
			}
		}
		if nonZero(fv) {
			filled[p] = true
		}
	}
}

// nonZero reports whether v holds something a lost field would drop.
func nonZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() > 0
	}
	return !v.IsZero()
}
