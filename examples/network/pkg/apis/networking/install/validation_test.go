package install

import (
	"context"
	"slices"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"

	v1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
)

// errorsOf returns the scheme's declarative validation errors of obj
// (created, or updated from old when old is not nil) as "<type> <path>".
func errorsOf(scheme *runtime.Scheme, obj, old *v1.Network) []string {
	ctx := context.Background()
	errs := scheme.Validate(ctx, nil, obj)
	if old != nil {
		errs = scheme.ValidateUpdate(ctx, nil, obj, old)
	}
	var out []string
	for _, e := range errs {
		out = append(out, string(e.Type)+" "+e.Field)
	}
	slices.Sort(out)
	return out
}

func network() *v1.Network {
	return &v1.Network{
		ObjectMeta: metav1.ObjectMeta{Name: "blue"},
		Spec: v1.NetworkSpec{CIDR: "10.0.0.0/16", Gateway: "10.0.0.1",
			Subnets: []v1.Subnet{{Name: "a", CIDR: "10.0.1.0/24"}, {Name: "b", CIDR: "10.0.2.0/24"}}},
		Status: v1.NetworkStatus{Phase: v1.NetworkReady, Conditions: []metav1.Condition{
			{Type: "Ready", Status: metav1.ConditionTrue, Reason: "Provisioned", LastTransitionTime: metav1.Now()}}},
	}
}

// TestSchemeValidation runs the Network's generated declarative validation
// through the scheme Install fills (v1's AddToScheme registers
// RegisterValidations): a valid network passes; the tags of
// types.go reject what they say; an update that leaves an invalid value
// as it was is not refused for it.
func TestSchemeValidation(t *testing.T) {
	scheme := runtime.NewScheme()
	Install(scheme)
	if got := errorsOf(scheme, network(), nil); len(got) != 0 {
		t.Fatalf("a valid network: %q", got)
	}
	bad := network()
	bad.Spec.CIDR = ""
	bad.Spec.Subnets = append(bad.Spec.Subnets, v1.Subnet{Name: "a", CIDR: "10.0.3.0/24"}, v1.Subnet{Name: "Not_Valid", CIDR: "10.0.4.0/24"})
	bad.Status.Phase = "Lost"
	want := []string{"FieldValueDuplicate spec.subnets[2]", "FieldValueInvalid spec.subnets[3].name",
		"FieldValueNotSupported status.phase", "FieldValueRequired spec.cidr"}
	if got := errorsOf(scheme, bad, nil); !slices.Equal(got, want) {
		t.Errorf("an invalid network: got %q, want %q", got, want)
	}
	stored := network()
	stored.Spec.Subnets[0].Name = "Old_Name" // valid when it was stored
	update := network()
	update.Spec.Subnets[0].Name = "Old_Name"
	update.Spec.Gateway = "10.0.0.254"
	if got := errorsOf(scheme, update, stored); len(got) != 0 {
		t.Errorf("an update that keeps an old invalid name: %q", got)
	}
}
