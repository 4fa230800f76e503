package v1

import (
	"reflect"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// The generated DeepCopyObject methods make both kinds runtime.Objects.
var (
	_ runtime.Object = &Network{}
	_ runtime.Object = &NetworkList{}
)

func sampleNetwork() *Network {
	return &Network{
		ObjectMeta: metav1.ObjectMeta{Name: "blue", Labels: map[string]string{"tier": "backend"}},
		Spec: NetworkSpec{
			CIDR:    "10.0.0.0/16",
			Gateway: "10.0.0.1",
			Subnets: []Subnet{{Name: "a", CIDR: "10.0.1.0/24", Labels: map[string]string{"zone": "a"}}},
		},
		Status: NetworkStatus{
			Phase:      NetworkReady,
			Conditions: []metav1.Condition{{Type: "Ready", Status: metav1.ConditionTrue}},
		},
	}
}

// TestDeepCopyIsIndependent checks that the generated deep copy equals the
// original and shares none of its slices or maps.
func TestDeepCopyIsIndependent(t *testing.T) {
	orig := sampleNetwork()
	copied := orig.DeepCopyObject().(*Network)
	if !reflect.DeepEqual(orig, copied) {
		t.Fatalf("copy differs from original:\n%#v\n%#v", orig, copied)
	}
	copied.Labels["tier"] = "frontend"
	copied.Spec.Subnets[0].Labels["zone"] = "b"
	copied.Spec.Subnets = append(copied.Spec.Subnets, Subnet{Name: "c"})
	copied.Status.Conditions[0].Status = metav1.ConditionFalse
	if !reflect.DeepEqual(orig, sampleNetwork()) {
		t.Errorf("changing the copy changed the original: %#v", orig)
	}
}

// TestListDeepCopy checks the list kind.
func TestListDeepCopy(t *testing.T) {
	list := &NetworkList{Items: []Network{*sampleNetwork()}}
	copied := list.DeepCopy()
	copied.Items[0].Spec.CIDR = "192.168.0.0/16"
	if list.Items[0].Spec.CIDR != "10.0.0.0/16" {
		t.Errorf("changing the copied list changed the original")
	}
}

// TestSchemeDefaults checks the generated defaulters, registered through
// AddToScheme: a new network gets its gateway from SetDefaults_NetworkSpec
// and the Pending phase from +default; what is set stays.
func TestSchemeDefaults(t *testing.T) {
	scheme := runtime.NewScheme()
	if err := AddToScheme(scheme); err != nil {
		t.Fatal(err)
	}
	fresh := &Network{Spec: NetworkSpec{CIDR: "10.0.0.0/16"}}
	scheme.Default(fresh)
	if fresh.Spec.Gateway != "10.0.0.1" || fresh.Status.Phase != NetworkPending {
		t.Errorf("defaulted to gateway %q, phase %q; want 10.0.0.1 and Pending", fresh.Spec.Gateway, fresh.Status.Phase)
	}
	set := sampleNetwork()
	set.Spec.Gateway = "10.0.0.254"
	want := set.DeepCopy()
	scheme.Default(set)
	if !reflect.DeepEqual(set, want) {
		t.Errorf("defaulting changed fields that were set:\n%#v\n%#v", want, set)
	}
	list := &NetworkList{Items: []Network{{Spec: NetworkSpec{CIDR: "192.168.0.0/24"}}}}
	scheme.Default(list)
	if list.Items[0].Spec.Gateway != "192.168.0.1" || list.Items[0].Status.Phase != NetworkPending {
		t.Errorf("list item defaulted to %q, %q; want 192.168.0.1 and Pending", list.Items[0].Spec.Gateway, list.Items[0].Status.Phase)
	}
}
