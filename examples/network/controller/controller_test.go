package controller

import (
	"context"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	networkingv1 "github.com/gengokit/gengokit/examples/network/pkg/apis/networking/v1"
	"github.com/gengokit/gengokit/examples/network/pkg/generated/clientset/versioned/fake"
	informers "github.com/gengokit/gengokit/examples/network/pkg/generated/informers/externalversions"
)

// TestReconcile runs the controller on the generated fake clientset and
// informers: a valid Network becomes Ready, an invalid one Failed, and
// fixing the invalid one makes it Ready.
func TestReconcile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	cs := fake.NewSimpleClientset()
	factory := informers.NewSharedInformerFactory(cs, 0)
	c, err := New(cs, factory.Networking().V1().Networks())
	if err != nil {
		t.Fatal(err)
	}
	factory.StartWithContext(ctx)
	done := make(chan error)
	go func() { done <- c.Run(ctx, 2) }()
	defer func() { cancel(); <-done; factory.Shutdown() }()

	networks := cs.NetworkingV1().Networks("default")
	create := func(name string, spec networkingv1.NetworkSpec) {
		if _, err := networks.Create(ctx, &networkingv1.Network{ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: "default"}, Spec: spec}, metav1.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	create("good", networkingv1.NetworkSpec{CIDR: "10.0.0.0/16", Gateway: "10.0.0.1", Subnets: []networkingv1.Subnet{{Name: "a", CIDR: "10.0.1.0/24"}}})
	create("bad", networkingv1.NetworkSpec{CIDR: "10.0.0.0/16", Gateway: "192.168.0.1"})

	waitForPhase(t, ctx, cs, "good", networkingv1.NetworkReady)
	waitForPhase(t, ctx, cs, "bad", networkingv1.NetworkFailed)

	bad, err := networks.Get(ctx, "bad", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	bad.Spec.Gateway = "10.0.0.1"
	if _, err := networks.Update(ctx, bad, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	waitForPhase(t, ctx, cs, "bad", networkingv1.NetworkReady)
}

func waitForPhase(t *testing.T, ctx context.Context, cs *fake.Clientset, name string, phase networkingv1.NetworkPhase) {
	t.Helper()
	for {
		n, err := cs.NetworkingV1().Networks("default").Get(ctx, name, metav1.GetOptions{})
		if err == nil && n.Status.Phase == phase {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("network %s never reached phase %s (last: %+v)", name, phase, n)
		case <-time.After(5 * time.Millisecond):
		}
	}
}
