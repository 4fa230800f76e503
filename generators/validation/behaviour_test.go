package validation_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/gengokit/gengokit/testdata/validation/basic"
	"github.com/gengokit/gengokit/testdata/validation/crd"
	"github.com/gengokit/gengokit/testdata/validation/features"
)

// found is one field error as a test names it: "<type> <path>".
func found(errs field.ErrorList) []string {
	var out []string
	for _, e := range errs {
		out = append(out, string(e.Type)+" "+e.Field)
	}
	slices.Sort(out)
	return out
}

func expect(t *testing.T, what string, errs field.ErrorList, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := found(errs); !slices.Equal(got, want) {
		t.Errorf("%s: got errors %q, want %q", what, got, want)
	}
}

func ptr[T any](v T) *T { return &v }

// basicScheme registers the basic case's validations through its
// localSchemeBuilder, as the generated init does.
func basicScheme(t *testing.T) *runtime.Scheme {
	s := runtime.NewScheme()
	if err := basic.AddToScheme(s); err != nil {
		t.Fatal(err)
	}
	return s
}

func validGadget() *basic.Gadget {
	return &basic.Gadget{Spec: basic.GadgetSpec{Name: "gadget", Replicas: ptr(int32(2)), Size: basic.SizeSmall, Color: "red",
		Ports: []basic.Port{{Name: "http", Number: 80}, {Name: "https", Number: 443}}}}
}

// TestBasicCreate validates new objects: each tag reports what it
// promises, at the field's JSON path, and a valid object passes.
func TestBasicCreate(t *testing.T) {
	s := basicScheme(t)
	ctx := context.Background()
	expect(t, "valid", s.Validate(ctx, nil, validGadget()))

	g := validGadget()
	g.Spec.Name = ""
	expect(t, "required", s.Validate(ctx, nil, g), "FieldValueRequired spec.name")

	g = validGadget()
	g.Spec.Name = "a-name-far-too-long"
	expect(t, "maxLength", s.Validate(ctx, nil, g), "FieldValueTooLong spec.name")

	g = validGadget()
	g.Spec.Name, g.Spec.Replicas, g.Spec.Size = "Not_A_Name", ptr(int32(0)), "Huge"
	expect(t, "format, minimum, enum", s.Validate(ctx, nil, g),
		"FieldValueInvalid spec.name", "FieldValueInvalid spec.replicas", "FieldValueNotSupported spec.size")

	g = validGadget()
	g.Spec.Ports = []basic.Port{{Name: "a", Number: 1}, {Name: "a", Number: 2}, {Name: "", Number: 0}}
	expect(t, "list map", s.Validate(ctx, nil, g),
		"FieldValueDuplicate spec.ports[1]", "FieldValueRequired spec.ports[2].name", "FieldValueRequired spec.ports[2].number")

	g = validGadget()
	g.Spec.Ports = []basic.Port{{Name: "a", Number: 70000}}
	expect(t, "maximum", s.Validate(ctx, nil, g), "FieldValueInvalid spec.ports[0].number")

	g = validGadget()
	g.Spec.Ports = []basic.Port{{Name: "a", Number: 1}, {Name: "b", Number: 1}, {Name: "c", Number: 1}, {Name: "d", Number: 1}}
	expect(t, "maxItems short-circuits", s.Validate(ctx, nil, g), "FieldValueTooMany spec.ports")
}

// TestBasicUpdate validates updates: data an update did not change is
// not validated again (an object stored before a rule tightened stays
// valid), changed data is, and +k8s:immutable refuses any change.
func TestBasicUpdate(t *testing.T) {
	s := basicScheme(t)
	ctx := context.Background()
	old := validGadget()
	old.Spec.Replicas = ptr(int32(0)) // invalid today, stored earlier
	obj := validGadget()
	obj.Spec.Replicas = ptr(int32(0))
	expect(t, "unchanged invalid value ratchets", s.ValidateUpdate(ctx, nil, obj, old))
	expect(t, "the same value is refused on create", s.Validate(ctx, nil, obj), "FieldValueInvalid spec.replicas")

	obj.Spec.Replicas = ptr(int32(-1))
	expect(t, "a changed invalid value", s.ValidateUpdate(ctx, nil, obj, old), "FieldValueInvalid spec.replicas")

	obj = validGadget()
	obj.Spec.Color = "blue"
	expect(t, "immutable", s.ValidateUpdate(ctx, nil, obj, validGadget()), "FieldValueInvalid spec.color")
}

// TestBasicOption turns the validation option a tag names on and off.
func TestBasicOption(t *testing.T) {
	s := basicScheme(t)
	ctx := context.Background()
	g := validGadget()
	g.Spec.Beta = ptr("longer")
	expect(t, "option off", s.Validate(ctx, map[string]bool{"BetaLimits": false}, g))
	expect(t, "option on", s.Validate(ctx, map[string]bool{"BetaLimits": true}, g), "FieldValueTooLong spec.beta")
}

// TestCRDConditions validates a CRD package whose types use ObjectMeta
// and metav1.Condition: their validations come from apimachinery's own
// generated functions, registered by hand (the package has no
// localSchemeBuilder).
func TestCRDConditions(t *testing.T) {
	s := runtime.NewScheme()
	if err := crd.RegisterValidations(s); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	now := metav1.Now()
	cond := func(typ, reason string) metav1.Condition {
		return metav1.Condition{Type: typ, Status: metav1.ConditionTrue, Reason: reason, LastTransitionTime: now}
	}
	w := &crd.Widget{Spec: crd.WidgetSpec{Name: "w"}, Status: crd.WidgetStatus{Conditions: []metav1.Condition{cond("Ready", "Done")}}}
	expect(t, "valid", s.Validate(ctx, nil, w))

	w.Spec.Name = strings.Repeat("x", 64)
	w.Status.Conditions = append(w.Status.Conditions, cond("Ready", "Again"), cond("", "NoType"), metav1.Condition{Type: "Synced", Reason: "Done"})
	expect(t, "invalid", s.Validate(ctx, nil, w), "FieldValueTooLong spec.name", "FieldValueDuplicate status.conditions[1]",
		"FieldValueRequired status.conditions[2].type", "FieldValueRequired status.conditions[3].lastTransitionTime",
		"FieldValueRequired status.conditions[3].status")

	old := &crd.Widget{ObjectMeta: metav1.ObjectMeta{UID: "1"}, Spec: crd.WidgetSpec{Name: "w"}}
	changed := &crd.Widget{ObjectMeta: metav1.ObjectMeta{UID: "2"}, Spec: crd.WidgetSpec{Name: "w"}}
	expect(t, "ObjectMeta's own validation", s.ValidateUpdate(ctx, nil, changed, old), "FieldValueInvalid metadata.uid")
}

// TestFeatures runs the features case's validators: the hand-written
// custom validation, a union, a mode, the selected item and per-item
// update rules, update constraints, and an option that turns a limit off.
func TestFeatures(t *testing.T) {
	s := runtime.NewScheme()
	if err := features.AddToScheme(s); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	valid := func() *features.Pipeline {
		return &features.Pipeline{Owner: "me", Stages: []features.Stage{{Name: "build", Image: "go"}},
			Trigger: features.Trigger{Kind: features.TriggerPush}, Source: features.Source{Git: ptr("repo")}}
	}
	opts := map[string]bool{"Unbounded": false} // every option the rules name must be given
	expect(t, "valid", s.Validate(ctx, opts, valid()))
	expect(t, "an option not given", s.Validate(ctx, nil, valid()), "InternalError notes")

	p := valid()
	p.Owner, p.Source.Archive = "nobody", ptr("tar")
	p.Trigger.Mode = "cron"
	p.Labels = []string{"a", "a", "not valid!"}
	expect(t, "custom, union, mode, set", s.Validate(ctx, opts, p), "FieldValueInvalid owner", "FieldValueInvalid source",
		"FieldValueRequired trigger.schedule", "FieldValueDuplicate labels[1]", "FieldValueInvalid labels[2]")

	old, p := valid(), valid()
	p.Stages[0].Image = "rust"
	p.Priority = ptr(int32(1))
	expect(t, "update", s.ValidateUpdate(ctx, opts, p, old), "FieldValueInvalid stages[0]", "FieldValueInvalid priority")

	p = valid()
	p.Notes = make([]string, 11)
	expect(t, "option disabled", s.Validate(ctx, map[string]bool{"Unbounded": false}, p), "FieldValueTooMany notes")
	expect(t, "option enabled", s.Validate(ctx, map[string]bool{"Unbounded": true}, p))
}
