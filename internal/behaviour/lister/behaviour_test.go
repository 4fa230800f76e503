package lister_test

import (
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/client-go/tools/cache"

	examplev1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
	listers "github.com/gengokit/gengokit/testdata/lister/all/want/example/v1"
)

// TestGeneratedListers runs the golden listers over a real cache indexer:
// namespaced and cluster-scoped listing and getting, and a hand-written
// expansion method on the generated lister.
func TestGeneratedListers(t *testing.T) {
	indexer := cache.NewIndexer(cache.MetaNamespaceKeyFunc, cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc})
	for _, w := range []*examplev1.Widget{widget("a", "small", 1), widget("a", "big", 10), widget("b", "huge", 100)} {
		if err := indexer.Add(w); err != nil {
			t.Fatal(err)
		}
	}
	widgets := listers.NewWidgetLister(indexer)
	if all, err := widgets.List(labels.Everything()); err != nil || len(all) != 3 {
		t.Errorf("List = %d widgets, %v; want 3", len(all), err)
	}
	if inA, err := widgets.Widgets("a").List(labels.Everything()); err != nil || len(inA) != 2 {
		t.Errorf("Widgets(a).List = %d, %v; want 2", len(inA), err)
	}
	if got, err := widgets.Widgets("b").Get("huge"); err != nil || got.Size != 100 {
		t.Errorf("Widgets(b).Get(huge) = %v, %v", got, err)
	}
	if _, err := widgets.Widgets("a").Get("huge"); err == nil {
		t.Errorf("Get of a Widget in another namespace succeeded")
	}
	if large, err := widgets.Large(10); err != nil || len(large) != 2 {
		t.Errorf("expansion method Large(10) = %d, %v; want 2", len(large), err)
	}

	gadgets := listers.NewGadgetLister(indexer)
	if err := indexer.Add(&examplev1.Gadget{ObjectMeta: metav1.ObjectMeta{Name: "g"}}); err != nil {
		t.Fatal(err)
	}
	if g, err := gadgets.Get("g"); err != nil || g.Name != "g" {
		t.Errorf("cluster-scoped Get(g) = %v, %v", g, err)
	}
}

func widget(ns, name string, size int) *examplev1.Widget {
	return &examplev1.Widget{ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name}, Size: size}
}
