package network_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/utils/ptr"

	networkingv1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	applyv1 "github.com/gengokit/gengokit/examples/network/pkg/generated/applyconfigurations/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/generated/clientset/versioned/fake"
)

// TestServerSideApplyAndExtract applies a Network from two field managers
// through the fake clientset, which merges them by the schema make
// generate builds from the API's own types (subnets are a list map keyed
// by name), reports a conflict on a field another manager owns, and
// extracts what each manager applied.
func TestServerSideApplyAndExtract(t *testing.T) {
	ctx := context.Background()
	networks := fake.NewClientset().NetworkingV1().Networks("default")
	alice := applyv1.Network("blue", "default").WithSpec(applyv1.NetworkSpec().
		WithCIDR("10.0.0.0/16").
		WithSubnets(applyv1.Subnet().WithName("a").WithCIDR("10.0.1.0/24")))
	if _, err := networks.Apply(ctx, alice, metav1.ApplyOptions{FieldManager: "alice"}); err != nil {
		t.Fatal(err)
	}
	bob := applyv1.Network("blue", "default").WithSpec(applyv1.NetworkSpec().
		WithSubnets(applyv1.Subnet().WithName("b").WithCIDR("10.0.2.0/24")))
	got, err := networks.Apply(ctx, bob, metav1.ApplyOptions{FieldManager: "bob"})
	if err != nil {
		t.Fatal(err)
	}
	if names := subnetNames(got.Spec.Subnets); !cmp.Equal(names, []string{"a", "b"}) {
		t.Errorf("subnets after two managers applied: %v, want [a b] (merged by name)", names)
	}

	steal := applyv1.Network("blue", "default").WithSpec(applyv1.NetworkSpec().WithCIDR("192.168.0.0/16"))
	if _, err := networks.Apply(ctx, steal, metav1.ApplyOptions{FieldManager: "bob"}); !apierrors.IsConflict(err) {
		t.Errorf("bob applying alice's cidr: %v, want a conflict", err)
	}

	extracted, err := applyv1.ExtractNetwork(got, "alice")
	if err != nil {
		t.Fatal(err)
	}
	want := applyv1.Network("blue", "default").WithSpec(applyv1.NetworkSpec().
		WithCIDR("10.0.0.0/16").
		WithSubnets(applyv1.Subnet().WithName("a").WithCIDR("10.0.1.0/24")))
	if diff := cmp.Diff(want, extracted); diff != "" {
		t.Errorf("what alice applied, extracted (-want +got):\n%s", diff)
	}
	if extracted.Spec.Gateway != nil || ptr.Deref(extracted.Name, "") != "blue" {
		t.Errorf("extracted fields alice never applied: %+v", extracted)
	}
}

func subnetNames(subnets []networkingv1.Subnet) []string {
	var out []string
	for _, s := range subnets {
		out = append(out, s.Name)
	}
	return out
}
