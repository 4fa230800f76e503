package network_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	apiequality "k8s.io/apimachinery/pkg/api/equality"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer/protobuf"
	"k8s.io/apimachinery/pkg/util/diff"
	"k8s.io/client-go/rest"

	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking/install"
	networkingv1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/generated/clientset/versioned"
)

// contentTypeProtobuf is Kubernetes' protobuf media type.
const contentTypeProtobuf = "application/vnd.kubernetes.protobuf"

// networksPath is where the protobuf server serves the Networks of the
// namespace "default".
const networksPath = "/apis/networking.example.com/v1/namespaces/default/networks"

// TestClientsetSpeaksProtobuf runs the generated clientset, on a rest.Config
// that names no content type, against a server that answers only in
// protobuf: the clientset is generated with --prefers-protobuf, so create,
// get, list and update send protobuf bodies, accept protobuf answers and
// return the objects the server holds, equal to those sent.
func TestClientsetSpeaksProtobuf(t *testing.T) {
	srv := newProtobufServer(t)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	cs, err := versioned.NewForConfig(&rest.Config{Host: ts.URL})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	networks := cs.NetworkingV1().Networks("default")

	var created []*networkingv1.Network
	for _, sent := range []*networkingv1.Network{richNetwork("blue"), richNetwork("green")} {
		got, err := networks.Create(ctx, sent, metav1.CreateOptions{})
		if err != nil {
			t.Fatalf("create %s: %v", sent.Name, err)
		}
		want := sent.DeepCopy()
		want.ResourceVersion = got.ResourceVersion
		same(t, "created "+sent.Name, want, got)
		created = append(created, got)
	}
	got, err := networks.Get(ctx, "blue", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("get: %v", err)
	}
	same(t, "got blue", created[0], got)

	got.Spec.Subnets = append(got.Spec.Subnets, networkingv1.Subnet{Name: "c", CIDR: "10.0.3.0/24"})
	updated, err := networks.Update(ctx, got, metav1.UpdateOptions{})
	if err != nil {
		t.Fatalf("update: %v", err)
	}
	want := got.DeepCopy()
	want.ResourceVersion = updated.ResourceVersion
	same(t, "updated blue", want, updated)

	list, err := networks.List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	if len(list.Items) != 2 {
		t.Fatalf("listed %d networks, want 2", len(list.Items))
	}
	same(t, "listed blue", updated, &list.Items[0])
	same(t, "listed green", created[1], &list.Items[1])
	if want := []string{"POST", "POST", "GET", "PUT", "GET"}; strings.Join(srv.methods, " ") != strings.Join(want, " ") {
		t.Errorf("the server answered %v in protobuf, want %v", srv.methods, want)
	}
}

// richNetwork returns a Network with every field of its spec and status
// set.
func richNetwork(name string) *networkingv1.Network {
	return &networkingv1.Network{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: "default", Labels: map[string]string{"tier": name}},
		Spec: networkingv1.NetworkSpec{
			CIDR:    "10.0.0.0/16",
			Gateway: "10.0.0.1",
			Subnets: []networkingv1.Subnet{
				{Name: "a", CIDR: "10.0.1.0/24", Labels: map[string]string{"zone": "a"}},
				{Name: "b", CIDR: "10.0.2.0/24"},
			},
		},
		Status: networkingv1.NetworkStatus{
			Phase: networkingv1.NetworkReady,
			Conditions: []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, ObservedGeneration: 3,
				LastTransitionTime: metav1.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC), Reason: "Provisioned", Message: "up"}},
		},
	}
}

// same fails t unless got equals want, their kinds aside (the clientset
// leaves TypeMeta blank).
func same(t *testing.T, what string, want, got *networkingv1.Network) {
	t.Helper()
	want, got = want.DeepCopy(), got.DeepCopy()
	want.TypeMeta, got.TypeMeta = metav1.TypeMeta{}, metav1.TypeMeta{}
	if !apiequality.Semantic.DeepEqual(want, got) {
		t.Errorf("%s differs from what was sent:\n%s", what, diff.Diff(want, got))
	}
}

// protobufServer serves the Networks of the namespace "default" only in
// protobuf: a request that does not accept protobuf gets 406, a body that
// is not protobuf 415. It keeps the objects it is sent, giving each a new
// resourceVersion, and records the method of each request it answered.
type protobufServer struct {
	t       *testing.T
	codec   *protobuf.Serializer
	mu      sync.Mutex
	objects map[string]*networkingv1.Network
	rv      int
	methods []string
}

// newProtobufServer returns a protobufServer over the example's scheme.
func newProtobufServer(t *testing.T) *protobufServer {
	scheme := runtime.NewScheme()
	install.Install(scheme)
	return &protobufServer{t: t, codec: protobuf.NewSerializer(scheme, scheme), objects: map[string]*networkingv1.Network{}}
}

// ServeHTTP answers one request.
func (s *protobufServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tail, ok := strings.CutPrefix(r.URL.Path, networksPath)
	name := strings.TrimPrefix(tail, "/")
	switch {
	case !ok || strings.Contains(name, "/"):
		http.NotFound(w, r)
	case !strings.HasPrefix(r.Header.Get("Accept"), contentTypeProtobuf):
		http.Error(w, "this server answers only in "+contentTypeProtobuf+"; Accept: "+r.Header.Get("Accept"), http.StatusNotAcceptable)
	case r.Method == http.MethodGet && name == "":
		s.list(w, r)
	case r.Method == http.MethodGet:
		s.reply(w, r, http.StatusOK, s.objects[name])
	case r.Method == http.MethodPost && name == "", r.Method == http.MethodPut && s.objects[name] != nil:
		s.store(w, r, name)
	default:
		http.Error(w, r.Method+" "+r.URL.Path+" is not served", http.StatusMethodNotAllowed)
	}
}

// store keeps the Network in r's protobuf body, under a new
// resourceVersion, and answers it: 201 for a new one, 200 for an update.
func (s *protobufServer) store(w http.ResponseWriter, r *http.Request, name string) {
	if ct := r.Header.Get("Content-Type"); ct != contentTypeProtobuf {
		http.Error(w, "this server reads only "+contentTypeProtobuf+", not "+ct, http.StatusUnsupportedMediaType)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	obj, _, err := s.codec.Decode(body, nil, nil)
	n, ok := obj.(*networkingv1.Network)
	if err != nil || !ok || (name != "" && n.Name != name) {
		http.Error(w, "not a protobuf Network named as its URL: "+strconv.Quote(string(body)), http.StatusBadRequest)
		return
	}
	status := http.StatusCreated
	if name != "" {
		status = http.StatusOK
	}
	s.rv++
	n.ResourceVersion = strconv.Itoa(s.rv)
	s.objects[n.Name] = n
	s.reply(w, r, status, n)
}

// list answers every Network, by name.
func (s *protobufServer) list(w http.ResponseWriter, r *http.Request) {
	l := &networkingv1.NetworkList{ListMeta: metav1.ListMeta{ResourceVersion: strconv.Itoa(s.rv)}}
	for _, n := range s.objects {
		l.Items = append(l.Items, *n)
	}
	sort.Slice(l.Items, func(i, j int) bool { return l.Items[i].Name < l.Items[j].Name })
	s.reply(w, r, http.StatusOK, l)
}

// reply answers r with obj in protobuf and status (404 for a nil
// Network), and records r's method.
func (s *protobufServer) reply(w http.ResponseWriter, r *http.Request, status int, obj runtime.Object) {
	if n, ok := obj.(*networkingv1.Network); ok && n == nil {
		http.Error(w, "no such network", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", contentTypeProtobuf)
	w.WriteHeader(status)
	if err := s.codec.Encode(obj, w); err != nil {
		s.t.Errorf("encoding %T: %v", obj, err)
		return
	}
	s.methods = append(s.methods, r.Method)
}
