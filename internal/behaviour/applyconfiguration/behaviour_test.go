package applyconfiguration_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	shapesv1 "github.com/gengokit/gengokit/testdata/acapis/shapes/v1"
	applyconfigurations "github.com/gengokit/gengokit/testdata/applyconfiguration/schema/want"
	acv1 "github.com/gengokit/gengokit/testdata/applyconfiguration/schema/want/shapes/v1"
)

// TestGeneratedBuilders builds a Widget with the golden With functions and
// checks the JSON that apply would send: only what was set, embedded
// structs inlined or nested as their json tags say.
func TestGeneratedBuilders(t *testing.T) {
	w := acv1.Widget("w", "ns").WithLabels(map[string]string{"app": "demo"}).WithSpec(acv1.WidgetSpec().
		WithColor("red").WithNote("inlined? no: nested under extra").
		WithReplicas(3).WithMode(shapesv1.ModeSafe).WithTags("a", "b").
		WithPorts(acv1.Port().WithName("http").WithNumber(80)).
		WithBackups(acv1.Port().WithName("old")).
		WithLimits(map[string]acv1.LimitApplyConfiguration{"cpu": *acv1.Limit().WithMax(2)}).
		WithTemplate(acv1.Template().WithName("made").WithImage("busybox")).
		WithOptions(acv1.Options().WithDryRun(true)))
	got := jsonValue(t, w)
	want := jsonValue(t, json.RawMessage(`{
		"kind": "Widget", "apiVersion": "shapes.example.com/v1",
		"metadata": {"name": "w", "namespace": "ns", "labels": {"app": "demo"}},
		"spec": {
			"color": "red", "extra": {"note": "inlined? no: nested under extra"},
			"replicas": 3, "mode": "Safe", "tags": ["a", "b"],
			"ports": [{"name": "http", "number": 80}], "backups": [{"name": "old"}],
			"limits": {"cpu": {"max": 2}},
			"template": {"metadata": {"name": "made"}, "image": "busybox"},
			"options": {"kind": "Options", "apiVersion": "shapes.example.com/v1", "dryRun": true}
		}
	}`))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("apply configuration JSON (-want +got):\n%s", diff)
	}
	if *w.GetName() != "w" || *w.GetNamespace() != "ns" || *w.GetKind() != "Widget" || *w.GetAPIVersion() != "shapes.example.com/v1" {
		t.Errorf("getters: %v %v %v %v", *w.GetName(), *w.GetNamespace(), *w.GetKind(), *w.GetAPIVersion())
	}
}

// TestGeneratedForKind checks that ForKind finds apply configurations by
// group, version and kind.
func TestGeneratedForKind(t *testing.T) {
	if _, ok := applyconfigurations.ForKind(shapesv1.SchemeGroupVersion.WithKind("Widget")).(*acv1.WidgetApplyConfiguration); !ok {
		t.Errorf("ForKind(Widget) is not a *WidgetApplyConfiguration")
	}
	if got := applyconfigurations.ForKind(shapesv1.SchemeGroupVersion.WithKind("Report")); got != nil {
		t.Errorf("ForKind(Report) = %T, want nil: Report cannot be applied", got)
	}
}

// TestGeneratedExtract extracts what a field manager owns from a Widget,
// through the schema embedded in the golden internal/internal.go.
func TestGeneratedExtract(t *testing.T) {
	replicas := int32(3)
	obj := &shapesv1.Widget{
		TypeMeta: metav1.TypeMeta{Kind: "Widget", APIVersion: "shapes.example.com/v1"},
		ObjectMeta: metav1.ObjectMeta{Name: "w", Namespace: "ns", ManagedFields: []metav1.ManagedFieldsEntry{{
			Manager: "m", Operation: metav1.ManagedFieldsOperationApply, APIVersion: "shapes.example.com/v1",
			FieldsType: "FieldsV1", FieldsV1: &metav1.FieldsV1{Raw: []byte(`{"f:spec":{"f:replicas":{},"f:tags":{"v:\"a\"":{}}}}`)},
		}}},
		Spec: shapesv1.WidgetSpec{Size: 7, Replicas: &replicas, Tags: []string{"a", "b"}},
	}
	ac, err := acv1.ExtractWidget(obj, "m")
	if err != nil {
		t.Fatal(err)
	}
	got := jsonValue(t, ac)
	want := jsonValue(t, json.RawMessage(`{
		"kind": "Widget", "apiVersion": "shapes.example.com/v1",
		"metadata": {"name": "w", "namespace": "ns"},
		"spec": {"replicas": 3, "tags": ["a"]}
	}`))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extracted (-want +got):\n%s", diff)
	}
	status, err := acv1.ExtractWidgetStatus(obj, "m")
	if err != nil || status.Spec != nil || *status.GetName() != "w" {
		t.Errorf("ExtractWidgetStatus = %+v, %v; want only name, namespace, kind and apiVersion", status, err)
	}
}

func jsonValue(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
