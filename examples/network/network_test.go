// Package network_test runs the Network example's generated code end to
// end: the shared informer factory, started on the fake clientset, sees
// every change made through the typed client (create, update, server-side
// apply, delete) in its lister.
package network_test

import (
	"context"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	networkingv1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	applyv1 "github.com/gengokit/gengokit/examples/network/pkg/generated/applyconfigurations/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/generated/clientset/versioned/fake"
	informers "github.com/gengokit/gengokit/examples/network/pkg/generated/informers/externalversions"
	listers "github.com/gengokit/gengokit/examples/network/pkg/generated/listers/networking/v1"
)

// TestInformerSeesTypedClientChanges creates, updates, applies and deletes
// a Network through the generated typed client of the generated fake
// clientset, and sees each change through the generated lister.
func TestInformerSeesTypedClientChanges(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	cs := fake.NewClientset()
	factory := informers.NewSharedInformerFactory(cs, 0)
	lister := factory.Networking().V1().Networks().Lister()
	factory.StartWithContext(ctx)
	defer func() { cancel(); factory.Shutdown() }() // stop the informers, then wait for them
	if res := factory.WaitForCacheSyncWithContext(ctx); res.Err != nil {
		t.Fatal(res.Err)
	}
	networks := cs.NetworkingV1().Networks("default")

	blue := &networkingv1.Network{
		ObjectMeta: metav1.ObjectMeta{Name: "blue", Namespace: "default"},
		Spec:       networkingv1.NetworkSpec{CIDR: "10.0.0.0/16"},
	}
	created, err := networks.Create(ctx, blue, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, lister, "the created network", func(n *networkingv1.Network) bool { return n != nil && n.Spec.CIDR == "10.0.0.0/16" })

	created.Spec.Subnets = []networkingv1.Subnet{{Name: "a", CIDR: "10.0.1.0/24"}}
	if _, err := networks.Update(ctx, created, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, lister, "the update", func(n *networkingv1.Network) bool { return n != nil && len(n.Spec.Subnets) == 1 })

	apply := applyv1.Network("blue", "default").WithSpec(applyv1.NetworkSpec().WithCIDR("10.0.0.0/16").WithGateway("10.0.0.1"))
	if _, err := networks.Apply(ctx, apply, metav1.ApplyOptions{FieldManager: "example", Force: true}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, lister, "the apply", func(n *networkingv1.Network) bool { return n != nil && n.Spec.Gateway == "10.0.0.1" })

	if err := networks.Delete(ctx, "blue", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, lister, "the deletion", func(n *networkingv1.Network) bool { return n == nil })
}

// waitFor polls the lister until the network "blue" satisfies ok (nil
// when it is not there).
func waitFor(t *testing.T, lister listers.NetworkLister, what string, ok func(*networkingv1.Network) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := lister.Networks("default").Get("blue")
		if err != nil {
			n = nil
		}
		if ok(n) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the lister never showed %s (last: %+v)", what, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
