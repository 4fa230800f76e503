package v1

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Widget is a thing with every kind of field.
//
// It has a second paragraph,
// and a third line.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is what the widget should be.
	Spec WidgetSpec `json:"spec"`
	// +optional
	Status *WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec is the desired state of a Widget.
// ---
// Everything after the line above is left out of descriptions.
type WidgetSpec struct {
	// Name is a plain string.
	Name string `json:"name"`
	// Count is an int32.
	Count int32 `json:"count"`
	// Big is an int64, optional by omitempty.
	Big int64 `json:"big,omitempty"`
	// Small is an int.
	Small int `json:"small,omitempty"`
	// Enabled is a boolean.
	Enabled *bool `json:"enabled,omitempty"`
	// Data is bytes.
	Data []byte `json:"data,omitempty"`
	// Tags are strings.
	Tags []string `json:"tags,omitempty"`
	// Labels map strings to strings.
	Labels map[string]string `json:"labels,omitempty"`
	// Nested maps to lists.
	Nested map[string][]Part `json:"nested,omitempty"`
	// Size is a quantity.
	Size resource.Quantity `json:"size,omitempty"`
	// Port is an int or a string.
	Port intstr.IntOrString `json:"port,omitempty"`
	// Since is a time.
	Since metav1.Time `json:"since,omitempty"`
	// Every is a duration.
	Every metav1.Duration `json:"every,omitempty"`
	// Raw is anything.
	Raw runtime.RawExtension `json:"raw,omitempty"`
	// Mode is a named string.
	Mode    Mode `json:"mode,omitempty"`
	Unnamed Mode `json:"unnamed,omitempty"`
	// Parts are structs.
	Parts []Part `json:"parts,omitempty"`
	// Main is a pointer to a struct.
	Main   *Part `json:"main,omitempty"`
	Common `json:",inline"`
	// Skipped is left out.
	Skipped string `json:"-"`
	// TODO: this line is left out.
	// Kept says that TODO lines are left out.
	Kept string `json:"kept,omitempty"`
	// Explicit is required though it has omitempty.
	// +required
	Explicit string `json:"explicit,omitempty"`
	// Optional is optional though it has no omitempty.
	// +optional
	Optional string `json:"optional"`
	// Conditions are the usual.
	// +listType=map
	// +listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// Common fields are inlined into WidgetSpec.
type Common struct {
	// Owner is inlined.
	Owner string `json:"owner"`
}

// Mode is how a widget works.
type Mode string

// Part is part of a widget.
type Part struct {
	// ID identifies the part.
	ID string `json:"id"`

	// Weight is in grams.
	//
	// It has a paragraph.
	Weight int32 `json:"weight,omitempty"`
}

// WidgetStatus is the observed state of a Widget.
type WidgetStatus struct {
	// Ready says whether the widget is ready.
	Ready bool `json:"ready"`
}

// WidgetList is a list of Widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}
