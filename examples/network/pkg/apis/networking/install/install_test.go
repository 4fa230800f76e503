package install

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking"
	v1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1alpha1"
)

func newScheme(t *testing.T) *runtime.Scheme {
	t.Helper()
	scheme := runtime.NewScheme()
	Install(scheme)
	return scheme
}

// convert converts obj to the version of gv through the scheme, as an API
// server does: to the internal version, then to the target.
func convert(t *testing.T, scheme *runtime.Scheme, obj runtime.Object, target runtime.GroupVersioner) runtime.Object {
	t.Helper()
	internal, err := scheme.ConvertToVersion(obj, networking.SchemeGroupVersion)
	if err != nil {
		t.Fatalf("to the internal version: %v", err)
	}
	out, err := scheme.ConvertToVersion(internal, target)
	if err != nil {
		t.Fatalf("from the internal version: %v", err)
	}
	return out
}

func alphaNetwork() *v1alpha1.Network {
	return &v1alpha1.Network{
		TypeMeta:   metav1.TypeMeta{APIVersion: "networking.example.com/v1alpha1", Kind: "Network"},
		ObjectMeta: metav1.ObjectMeta{Name: "blue", Namespace: "default", Labels: map[string]string{"tier": "web"}},
		Spec: v1alpha1.NetworkSpec{
			Range:   "10.0.0.0/16",
			Gateway: "10.0.0.1",
			Subnets: []v1alpha1.Subnet{{Name: "a", CIDR: "10.0.1.0/24", Labels: map[string]string{"zone": "1"}}},
		},
		Status: v1alpha1.NetworkStatus{
			Phase:      "Ready",
			Conditions: []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue, Reason: "Provisioned"}},
		},
	}
}

// TestV1alpha1ToV1AndBack converts a v1alpha1 Network to v1 through the
// scheme (the hand-written conversion renames Range to CIDR, the
// generated ones copy the rest) and back, and gets the original again.
func TestV1alpha1ToV1AndBack(t *testing.T) {
	scheme := newScheme(t)
	alpha := alphaNetwork()
	got, ok := convert(t, scheme, alpha.DeepCopy(), v1.SchemeGroupVersion).(*v1.Network)
	if !ok {
		t.Fatalf("converted to %T, want *v1.Network", got)
	}
	want := &v1.Network{
		TypeMeta:   metav1.TypeMeta{APIVersion: "networking.example.com/v1", Kind: "Network"},
		ObjectMeta: alpha.ObjectMeta,
		Spec: v1.NetworkSpec{
			CIDR:    "10.0.0.0/16",
			Gateway: "10.0.0.1",
			Subnets: []v1.Subnet{{Name: "a", CIDR: "10.0.1.0/24", Labels: map[string]string{"zone": "1"}}},
		},
		Status: v1.NetworkStatus{Phase: v1.NetworkReady, Conditions: alpha.Status.Conditions},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("v1alpha1 -> v1 (-want +got):\n%s", diff)
	}
	back := convert(t, scheme, got, v1alpha1.SchemeGroupVersion)
	if diff := cmp.Diff(alpha, back); diff != "" {
		t.Errorf("v1alpha1 -> v1 -> v1alpha1 (-want +got):\n%s", diff)
	}
}

// TestListConversion converts a list, whose items go through the
// generated slice conversion and the hand-written spec conversion.
func TestListConversion(t *testing.T) {
	scheme := newScheme(t)
	list := &v1alpha1.NetworkList{Items: []v1alpha1.Network{*alphaNetwork(), *alphaNetwork()}}
	list.Items[1].Spec.Range = "192.168.0.0/24"
	got, ok := convert(t, scheme, list, v1.SchemeGroupVersion).(*v1.NetworkList)
	if !ok || len(got.Items) != 2 {
		t.Fatalf("converted to %#v", got)
	}
	if got.Items[0].Spec.CIDR != "10.0.0.0/16" || got.Items[1].Spec.CIDR != "192.168.0.0/24" {
		t.Errorf("CIDRs %q, %q", got.Items[0].Spec.CIDR, got.Items[1].Spec.CIDR)
	}
}
