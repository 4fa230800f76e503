package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Gizmo is cluster-scoped, with names of its own and a status subresource.
//
// +kubebuilder:resource:scope=Cluster,shortName=gz;giz,categories={all,toys},singular=gizmo
// +kubebuilder:subresource:status
type Gizmo struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   GizmoSpec   `json:"spec,omitempty"`
	Status GizmoStatus `json:"status,omitempty"`
}

// Color is an enum on its type.
// +kubebuilder:validation:Enum=Red;Green;Blue
type Color string

// Level is bounded on its type.
// +kubebuilder:validation:Minimum=1
// +kubebuilder:validation:Maximum=5
type Level int32

// GizmoSpec carries every schema marker.
// +kubebuilder:validation:XValidation:rule="self.min <= self.max",message="min must not exceed max"
type GizmoSpec struct {
	// Min is bounded.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:ExclusiveMinimum=true
	// +kubebuilder:validation:Maximum=100
	// +kubebuilder:validation:MultipleOf=5
	Min int32 `json:"min"`
	// Max is bounded with a default.
	// +kubebuilder:default=10
	Max int32 `json:"max,omitempty"`
	// Name has lengths and a pattern.
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	// +kubebuilder:validation:Pattern=`^[a-z]+$`
	Name string `json:"name"`
	// Color has an enum from its type.
	Color Color `json:"color,omitempty"`
	// Size has an enum of numbers.
	// +kubebuilder:validation:Enum=1;2;3
	Size int32 `json:"size,omitempty"`
	// Level is bounded by its type, and more here.
	// +kubebuilder:validation:Maximum=3
	Level Level `json:"level,omitempty"`
	// Items have bounds and unique values.
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=10
	// +kubebuilder:validation:UniqueItems=true
	// +listType=set
	Items []string `json:"items,omitempty"`
	// Mode has a default string.
	// +kubebuilder:default=fast
	Mode string `json:"mode,omitempty"`
	// Greeting has a quoted default and a title.
	// +kubebuilder:default="hello, world"
	// +kubebuilder:title=Greeting
	Greeting string `json:"greeting,omitempty"`
	// When has a format.
	// +kubebuilder:validation:Format=date-time
	When string `json:"when,omitempty"`
	// Either is typed by a marker.
	// +kubebuilder:validation:Type=string
	Either string `json:"either,omitempty"`
	// Maybe is nullable.
	// +nullable
	Maybe *string `json:"maybe,omitempty"`
	// Free keeps unknown fields.
	// +kubebuilder:pruning:PreserveUnknownFields
	Free map[string]string `json:"free,omitempty"`
	// Atomic is a map replaced as a whole.
	// +mapType=atomic
	Atomic map[string]string `json:"atomic,omitempty"`
	// Whole is a struct replaced as a whole.
	// +structType=atomic
	Whole *Part `json:"whole,omitempty"`
	// Rated has a rule.
	// +kubebuilder:validation:XValidation:rule="self >= 0",message="must not be negative",reason=FieldValueInvalid
	Rated int64 `json:"rated,omitempty"`
	// Defaulted has a Kubernetes default.
	// +default="on"
	Defaulted string `json:"defaulted,omitempty"`
	// Names have a default list.
	// +kubebuilder:default={a,b}
	Names []string `json:"names,omitempty"`
	// Forced is required by kubebuilder's marker.
	// +kubebuilder:validation:Required
	Forced string `json:"forced,omitempty"`
	// Loose is optional by kubebuilder's marker.
	// +kubebuilder:validation:Optional
	Loose string `json:"loose"`
}

// Part is part of a gizmo.
type Part struct {
	// Key is a key.
	Key string `json:"key"`
}

// GizmoStatus is the observed state of a Gizmo.
type GizmoStatus struct {
	// Count is how many there are.
	Count int64 `json:"count,omitempty"`
}
