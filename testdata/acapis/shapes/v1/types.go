package v1

import (
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"

	sharedv1 "github.com/gengokit/gengokit/testdata/acapis/shared/v1"
)

// +genclient
// +genclient:method=ApplyScale,verb=apply,subresource=scale,input=Scale,result=Scale
// +genclient:method=GetScale,verb=get,subresource=scale,result=Scale
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Widget is namespaced and can be applied; it has a status and a scale
// subresource.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
	// Standard object metadata.
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Spec is the desired state.
	Spec WidgetSpec `json:"spec,omitempty"`
	// Status is the observed state.
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetMode is how a Widget runs.
// +enum
type WidgetMode string

// The modes of a Widget.
const (
	ModeFast WidgetMode = "Fast"
	ModeSafe WidgetMode = "Safe"
)

// WidgetSpec has a field of every shape.
type WidgetSpec struct {
	// The fields of an inlined embedded struct are promoted.
	Common `json:",inline"`
	// An embedded struct with a json name is a pointer.
	Extra `json:"extra,omitempty"`

	// Size is a plain scalar.
	Size int `json:"size"`
	// Replicas is a pointer to a scalar.
	// +optional
	Replicas *int32 `json:"replicas,omitempty"`
	// Mode is an enum-like named string.
	Mode WidgetMode `json:"mode,omitempty"`
	// Tags is a slice of scalars.
	// +listType=set
	Tags []string `json:"tags,omitempty"`
	// Ports is a slice of structs.
	// +listType=map
	// +listMapKey=name
	Ports []Port `json:"ports,omitempty"`
	// Backups is a pointer to a slice of structs.
	Backups *[]Port `json:"backups,omitempty"`
	// Labels is a map of scalars.
	Labels map[string]string `json:"labels,omitempty"`
	// Limits is a map of structs.
	Limits map[string]Limit `json:"limits,omitempty"`
	// Template is a nested struct.
	Template Template `json:"template"`
	// Policy is a pointer to a struct.
	Policy *Policy `json:"policy,omitempty"`
	// Thing is a struct of another package.
	Thing sharedv1.Thing `json:"thing"`
	// Selector has an apply configuration in client-go.
	Selector *metav1.LabelSelector `json:"selector,omitempty"`
	// Created has no apply configuration.
	Created metav1.Time `json:"created"`
	// Raw is any JSON.
	Raw runtime.RawExtension `json:"raw"`
	// Memory is a quantity.
	Memory resource.Quantity `json:"memory"`
	// Port is a number or a name.
	Port intstr.IntOrString `json:"port"`
	// Data is bytes.
	Data []byte `json:"data,omitempty"`
	// Options carry their own kind.
	Options *Options `json:"options,omitempty"`
	// Pod is a core type (client-go has its apply configuration).
	Pod *corev1.PodTemplateSpec `json:"pod,omitempty"`
	// Cache is not serialized: it gets no field.
	Cache string `json:"-"`
	// ZZZ_Old is on its way out: it gets no field.
	ZZZ_Old string `json:"zzzOld,omitempty"`
}

// Common fields, inlined.
type Common struct {
	// Color of the widget.
	Color string `json:"color,omitempty"`
}

// Extra fields, embedded with a json name.
type Extra struct {
	// Note is free text.
	Note string `json:"note,omitempty"`
}

// Port is a named port.
type Port struct {
	// Name of the port.
	Name string `json:"name"`
	// Number of the port.
	Number int32 `json:"number"`
}

// Limit bounds a resource.
type Limit struct {
	// Max is the upper bound.
	Max int64 `json:"max"`
	// Min is the lower bound.
	Min *int64 `json:"min,omitempty"`
}

// Template describes what a Widget makes.
type Template struct {
	// Standard object metadata of what is made.
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Image to run.
	Image string `json:"image"`
}

// Policy says how a Widget is rolled out.
type Policy struct {
	// MaxSurge is a number or a percentage.
	MaxSurge *intstr.IntOrString `json:"maxSurge,omitempty"`
	// Rules, in order.
	// +listType=atomic
	Rules []Rule `json:"rules,omitempty"`
}

// Rule is one step of a Policy.
type Rule struct {
	// Pause before the step.
	Pause *bool `json:"pause,omitempty"`
	// Weight of the step.
	Weight *int32 `json:"weight,omitempty"`
}

// Options are passed along with a Widget; they carry their own kind.
type Options struct {
	metav1.TypeMeta `json:",inline"`
	// DryRun changes nothing.
	DryRun bool `json:"dryRun,omitempty"`
}

// WidgetStatus is the observed state of a Widget.
type WidgetStatus struct {
	// Conditions have an apply configuration in client-go.
	// +listType=map
	// +listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
	// ObservedGeneration is the generation last seen.
	ObservedGeneration int64 `json:"observedGeneration,omitempty"`
}

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Scale is the scale subresource of a Widget: reachable only as the
// input of the ApplyScale extension method.
type Scale struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Replicas wanted.
	Replicas int32 `json:"replicas"`
}

// +genclient
// +genclient:nonNamespaced
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Gadget is cluster-scoped.
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Spec is the desired state.
	Spec GadgetSpec `json:"spec"`
	// Status is the observed state.
	Status GadgetStatus `json:"status,omitempty"`
}

// GadgetSpec is the desired state of a Gadget.
type GadgetSpec struct {
	// Power in watts.
	Power int32 `json:"power"`
}

// GadgetStatus is the observed state of a Gadget.
type GadgetStatus struct {
	// On says whether it runs.
	On bool `json:"on"`
}

// +genclient
// +genclient:noStatus
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Gizmo has a Status field but no status subresource.
type Gizmo struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Status is set with the main resource.
	Status string `json:"status,omitempty"`
}

// +genclient
// +genclient:readonly
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Report cannot be applied: neither it nor ReportSpec get apply
// configurations.
type Report struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	// Spec of the report.
	Spec ReportSpec `json:"spec"`
}

// ReportSpec is reachable only from Report.
type ReportSpec struct {
	// Text of the report.
	Text string `json:"text"`
}

// +genclient

// Note has +genclient but no ObjectMeta: it cannot be applied, so it gets
// no apply configuration, though NoteBody, which it refers to, does.
type Note struct {
	// Body of the note.
	Body NoteBody `json:"body"`
}

// NoteBody is reachable from Note.
type NoteBody struct {
	// Text of the note.
	Text string `json:"text"`
}

// Orphan is referred to by nothing that can be applied.
type Orphan struct {
	// Name of the orphan.
	Name string `json:"name"`
}
