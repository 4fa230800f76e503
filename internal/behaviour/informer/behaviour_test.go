package informer_test

import (
	"context"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/watch"

	examplev1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
	"github.com/gengokit/gengokit/testdata/clientset/versioned"
	informers "github.com/gengokit/gengokit/testdata/informer/externalversions/want/externalversions"
)

// fakeResource serves a fixed list, then the events sent to its watcher.
type fakeResource[L runtime.Object] struct {
	list    L
	watcher *watch.FakeWatcher
}

func (r fakeResource[L]) List(context.Context, metav1.ListOptions) (L, error) { return r.list, nil }
func (r fakeResource[L]) Watch(context.Context, metav1.ListOptions) (watch.Interface, error) {
	return r.watcher, nil
}

// fakeClientset serves Widgets from memory; other resources are empty.
type fakeClientset struct {
	widgets fakeResource[*examplev1.WidgetList]
}

func (c fakeClientset) ExampleV1() versioned.ExampleV1Interface           { return exampleV1(c) }
func (c fakeClientset) ExampleV1beta1() versioned.ExampleV1beta1Interface { return nil }
func (c fakeClientset) OtherGroupV1() versioned.OtherGroupV1Interface     { return nil }

// IsWatchListSemanticsUnSupported tells the informers to list, then
// watch, as client-go's fake clientsets do: the fake watcher sends no
// initial events.
func (fakeClientset) IsWatchListSemanticsUnSupported() bool { return true }

type exampleV1 fakeClientset

func (c exampleV1) Widgets(string) versioned.Resource[*examplev1.WidgetList] { return c.widgets }
func (c exampleV1) Gadgets() versioned.Resource[*examplev1.GadgetList]       { return nil }
func (c exampleV1) Fish(string) versioned.Resource[*examplev1.FishList]      { return nil }

// TestGeneratedInformers starts the golden shared informer factory on a
// fake clientset and sees the listed Widgets, then watched additions and
// deletions, through the generated lister and the generic informer.
func TestGeneratedInformers(t *testing.T) {
	client := fakeClientset{widgets: fakeResource[*examplev1.WidgetList]{
		list:    &examplev1.WidgetList{Items: []examplev1.Widget{{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "one"}}}},
		watcher: watch.NewFake(),
	}}
	factory := informers.NewSharedInformerFactory(client, 0)
	widgets := factory.Example().V1().Widgets()
	lister := widgets.Lister()
	generic, err := factory.ForResource(examplev1.SchemeGroupVersion.WithResource("widgets"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer func() { cancel(); factory.Shutdown() }()
	factory.StartWithContext(ctx)
	if res := factory.WaitForCacheSyncWithContext(ctx); res.Err != nil {
		t.Fatal(res.Err)
	}
	waitFor(t, "the listed Widget", func() bool { _, err := lister.Widgets("a").Get("one"); return err == nil })

	client.widgets.watcher.Add(&examplev1.Widget{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "two"}})
	waitFor(t, "the added Widget", func() bool { all, _ := lister.List(labels.Everything()); return len(all) == 2 })
	if objs, err := generic.Lister().List(labels.Everything()); err != nil || len(objs) != 2 {
		t.Errorf("generic lister sees %d objects, %v; want 2", len(objs), err)
	}

	client.widgets.watcher.Delete(&examplev1.Widget{ObjectMeta: metav1.ObjectMeta{Namespace: "a", Name: "one"}})
	waitFor(t, "the deletion", func() bool { _, err := lister.Widgets("a").Get("one"); return err != nil })
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
