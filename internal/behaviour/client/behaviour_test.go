package client_test

import (
	"context"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/watch"
	clienttesting "k8s.io/client-go/testing"

	examplev1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
	"github.com/gengokit/gengokit/testdata/client/versioned/want/versioned/fake"
)

// TestGeneratedFakeClientset drives the golden fake clientset: it serves
// the objects it was given, and creates, updates, lists, watches and
// deletes through the typed clients; an extension method reaches the
// reactors as a subresource action.
func TestGeneratedFakeClientset(t *testing.T) {
	ctx := context.Background()
	cs := fake.NewSimpleClientset(&examplev1.Widget{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "seed"}, Size: 1})
	widgets := cs.ExampleV1().Widgets("a")

	if got, err := widgets.Get(ctx, "seed", metav1.GetOptions{}); err != nil || got.Size != 1 {
		t.Fatalf("Get(seed) = %v, %v", got, err)
	}
	w, err := widgets.Watch(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Stop()
	created, err := widgets.Create(ctx, &examplev1.Widget{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "new"}, Size: 2}, metav1.CreateOptions{})
	if err != nil || created.Name != "new" {
		t.Fatalf("Create = %v, %v", created, err)
	}
	waitForWatch(t, w, "new")
	created.Size = 3
	if updated, err := widgets.Update(ctx, created, metav1.UpdateOptions{}); err != nil || updated.Size != 3 {
		t.Errorf("Update = %v, %v", updated, err)
	}
	if list, err := widgets.List(ctx, metav1.ListOptions{}); err != nil || len(list.Items) != 2 {
		t.Errorf("List = %v, %v; want 2 items", list, err)
	}
	if err := widgets.Delete(ctx, "seed", metav1.DeleteOptions{}); err != nil {
		t.Errorf("Delete: %v", err)
	}
	if _, err := widgets.Get(ctx, "seed", metav1.GetOptions{}); err == nil {
		t.Errorf("Get after Delete succeeded")
	}

	cs.PrependReactor("get", "widgets", func(a clienttesting.Action) (bool, runtime.Object, error) {
		if a.GetSubresource() != "scale" {
			return false, nil, nil
		}
		return true, &examplev1.Scale{Replicas: 7}, nil
	})
	if scale, err := widgets.GetScale(ctx, "new", metav1.GetOptions{}); err != nil || scale.Replicas != 7 {
		t.Errorf("GetScale = %v, %v; want 7 replicas from the reactor", scale, err)
	}
	if _, err := cs.ExampleV1().Gadgets().Create(ctx, &examplev1.Gadget{ObjectMeta: metav1.ObjectMeta{Name: "g"}}, metav1.CreateOptions{}); err != nil {
		t.Errorf("cluster-scoped Create: %v", err)
	}
}

// waitForWatch reads the watch until it sees the named Widget (the tracker
// first replays what it holds).
func waitForWatch(t *testing.T, w watch.Interface, name string) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev := <-w.ResultChan():
			if obj, ok := ev.Object.(*examplev1.Widget); ok && obj.Name == name {
				return
			}
		case <-timeout:
			t.Fatalf("the watch never showed %q", name)
		}
	}
}
