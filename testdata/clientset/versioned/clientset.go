// Package versioned is a hand-written stand-in for a generated clientset:
// just the List and Watch methods that generated informers call, so that
// the informer-gen golden outputs compile.
package versioned

import (
	"context"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/watch"

	examplev1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
	examplev1beta1 "github.com/gengokit/gengokit/testdata/apis/example/v1beta1"
	otherv1 "github.com/gengokit/gengokit/testdata/apis/other/v1"
)

// Interface is the clientset.
type Interface interface {
	ExampleV1() ExampleV1Interface
	ExampleV1beta1() ExampleV1beta1Interface
	OtherGroupV1() OtherGroupV1Interface
}

// Resource lists and watches one resource.
type Resource[L runtime.Object] interface {
	List(ctx context.Context, opts metav1.ListOptions) (L, error)
	Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error)
}

// ExampleV1Interface is the example.com/v1 client.
type ExampleV1Interface interface {
	Widgets(namespace string) Resource[*examplev1.WidgetList]
	Gadgets() Resource[*examplev1.GadgetList]
	Fish(namespace string) Resource[*examplev1.FishList]
}

// ExampleV1beta1Interface is the example.com/v1beta1 client.
type ExampleV1beta1Interface interface {
	Widgets(namespace string) Resource[*examplev1beta1.WidgetList]
}

// OtherGroupV1Interface is the other.example.com/v1 client.
type OtherGroupV1Interface interface {
	Things(namespace string) Resource[*otherv1.ThingList]
}
