package v1

import (
	"k8s.io/apimachinery/pkg/labels"

	v1 "github.com/gengokit/gengokit/testdata/apis/example/v1"
)

// WidgetListerExpansion is written by hand: lister-gen sees this file and
// generates no expansion interface for Widget.
type WidgetListerExpansion interface {
	// Large lists the Widgets of at least the given size.
	Large(size int) ([]*v1.Widget, error)
}

// Large lists the Widgets of at least the given size.
func (s *widgetLister) Large(size int) ([]*v1.Widget, error) {
	all, err := s.List(labels.Everything())
	if err != nil {
		return nil, err
	}
	var out []*v1.Widget
	for _, w := range all {
		if w.Size >= size {
			out = append(out, w)
		}
	}
	return out, nil
}

// WidgetNamespaceListerExpansion is written by hand too.
type WidgetNamespaceListerExpansion interface{}
