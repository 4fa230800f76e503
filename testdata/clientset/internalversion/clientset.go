// Package internalversion is a hand-written stand-in for a generated
// internal clientset, so that informers of internal types compile.
package internalversion

import (
	"context"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/watch"

	"github.com/gengokit/gengokit/testdata/apis/example"
)

// Interface is the clientset.
type Interface interface {
	Example() ExampleInterface
}

// ExampleInterface is the internal example.com client.
type ExampleInterface interface {
	Widgets(namespace string) WidgetInterface
}

// WidgetInterface lists and watches internal Widgets.
type WidgetInterface interface {
	List(ctx context.Context, opts metav1.ListOptions) (*example.WidgetList, error)
	Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error)
}
