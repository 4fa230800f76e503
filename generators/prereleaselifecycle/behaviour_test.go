package prereleaselifecycle_test

import (
	"testing"

	"k8s.io/apimachinery/pkg/runtime/schema"

	v1 "github.com/gengokit/gengokit/testdata/prereleaselifecycle/v1"
	"github.com/gengokit/gengokit/testdata/prereleaselifecycle/v1beta1"
)

type introduced interface{ APILifecycleIntroduced() (int, int) }
type deprecated interface{ APILifecycleDeprecated() (int, int) }
type removed interface{ APILifecycleRemoved() (int, int) }
type replaced interface {
	APILifecycleReplacement() schema.GroupVersionKind
}

// release is a major.minor pair; none means the method must not exist.
type release struct{ major, minor int }

var none = release{-1, -1}

// lifecycleCase is what the tags of one golden type say.
type lifecycleCase struct {
	name                            string
	obj                             any
	introduced, deprecated, removed release
	replacement                     *schema.GroupVersionKind
}

// TestGeneratedLifecycle calls the generated methods of the golden cases v1
// (GA) and v1beta1 (prerelease) and checks that they answer what the tags
// say, with upstream's defaults: deprecated three minor releases after the
// introduction, removed three after the deprecation, neither in GA.
func TestGeneratedLifecycle(t *testing.T) {
	cases := []lifecycleCase{
		{"v1beta1.Widget", &v1beta1.Widget{}, release{1, 19}, release{1, 22}, release{1, 25}, &schema.GroupVersionKind{Group: "widgets.example.com", Version: "v1", Kind: "Widget"}},
		{"v1beta1.WidgetList", &v1beta1.WidgetList{}, release{1, 19}, release{1, 21}, release{1, 24}, &schema.GroupVersionKind{Group: "widgets.example.com", Version: "v1", Kind: "WidgetList"}},
		{"v1beta1.Pod", &v1beta1.Pod{}, release{1, 9}, release{1, 9}, release{1, 16}, &schema.GroupVersionKind{Version: "v1", Kind: "Pod"}},
		{"v1beta1.Future", &v1beta1.Future{}, release{1, 99}, release{1, 102}, release{2, 5}, nil},
		{"v1.Widget", &v1.Widget{}, release{1, 20}, none, none, nil},
		{"v1.WidgetList", &v1.WidgetList{}, release{1, 20}, none, none, nil},
		{"v1.Gadget", &v1.Gadget{}, release{1, 10}, release{1, 29}, none, nil},
		{"v1.Gizmo", &v1.Gizmo{}, release{1, 8}, release{1, 27}, release{1, 30}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkLifecycle(t, c) })
	}
	if _, ok := any(&v1.WidgetSpec{}).(introduced); ok {
		t.Error("v1.WidgetSpec embeds no TypeMeta but has APILifecycleIntroduced")
	}
}

func checkLifecycle(t *testing.T, c lifecycleCase) {
	t.Helper()
	check := func(method string, want release, get func() (int, int), has bool) {
		switch {
		case want == none && has:
			major, minor := get()
			t.Errorf("%s() = %d.%d, want no such method", method, major, minor)
		case want != none && !has:
			t.Errorf("no %s(), want %d.%d", method, want.major, want.minor)
		case has:
			if major, minor := get(); major != want.major || minor != want.minor {
				t.Errorf("%s() = %d.%d, want %d.%d", method, major, minor, want.major, want.minor)
			}
		}
	}
	i, ok := c.obj.(introduced)
	check("APILifecycleIntroduced", c.introduced, func() (int, int) { return i.APILifecycleIntroduced() }, ok)
	d, ok := c.obj.(deprecated)
	check("APILifecycleDeprecated", c.deprecated, func() (int, int) { return d.APILifecycleDeprecated() }, ok)
	r, ok := c.obj.(removed)
	check("APILifecycleRemoved", c.removed, func() (int, int) { return r.APILifecycleRemoved() }, ok)
	rep, ok := c.obj.(replaced)
	switch {
	case ok != (c.replacement != nil):
		t.Errorf("has APILifecycleReplacement: %v, want %v", ok, c.replacement != nil)
	case ok && rep.APILifecycleReplacement() != *c.replacement:
		t.Errorf("APILifecycleReplacement() = %v, want %v", rep.APILifecycleReplacement(), *c.replacement)
	}
}
