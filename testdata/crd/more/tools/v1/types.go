package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// +kubebuilder:printcolumn:name="Size",type=integer,JSONPath=`.spec.size`,description="How big",priority=1
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=".metadata.creationTimestamp"
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.size,statuspath=.status.size,selectorpath=.status.selector
// +kubebuilder:metadata:labels="tools.example.com/tier=core"
// +kubebuilder:metadata:annotations="tools.example.com/owner=team-a"
// +kubebuilder:deprecatedversion:warning="tools.example.com/v1 Hammer is deprecated; use v2"

// Hammer is a tool, in two versions.
type Hammer struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   HammerSpec   `json:"spec,omitempty"`
	Status HammerStatus `json:"status,omitempty"`
}

// Grip is a string type defined as another named type.
type Grip Handle

// Handle is bounded.
// +kubebuilder:validation:MaxLength=10
type Handle string

// Finish lists its values as constants.
// +k8s:enum
type Finish string

// The finishes.
const (
	Matte  Finish = "Matte"
	Glossy Finish = "Glossy"
)

// HammerSpec has the remaining schema markers.
// +kubebuilder:validation:ExactlyOneOf=wood;steel
// +kubebuilder:validation:AtMostOneOf=left;right
// +kubebuilder:validation:AtLeastOneOf=size;weight
type HammerSpec struct {
	// Size is how big.
	// +k8s:minimum=1
	// +k8s:maximum=9
	Size int32 `json:"size,omitempty"`
	// Weight is bounded by the alias of the other marker.
	// +kubebuilder:validation:Minimum:=1
	Weight int32 `json:"weight,omitempty"`
	// Wood is one material.
	Wood *string `json:"wood,omitempty"`
	// Steel is the other.
	Steel *string `json:"steel,omitempty"`
	// Left is a side.
	Left *bool `json:"left,omitempty"`
	// Right is the other.
	Right *bool `json:"right,omitempty"`
	// Labels have bounded items.
	// +kubebuilder:validation:items:MaxLength=5
	// +kubebuilder:validation:items:Pattern=`^[a-z]+$`
	// +k8s:maxItems=3
	Labels []string `json:"labels,omitempty"`
	// Name is required and non-empty.
	// +k8s:required
	Name string `json:"name"`
	// Grip takes Handle's bound.
	Grip Grip `json:"grip,omitempty"`
	// Finish is an enum of constants.
	Finish Finish `json:"finish,omitempty"`
	// Port is an int or a string by marker.
	// +kubebuilder:validation:XIntOrString
	// +kubebuilder:validation:Type=string
	Port intstr.IntOrString `json:"port,omitempty"`
	// Settings has a map default.
	// +kubebuilder:default={mode:fast,level:2}
	Settings map[string]string `json:"settings,omitempty"`
	// Empty has an empty default.
	// +kubebuilder:default={}
	Empty *Extra `json:"empty,omitempty"`
	// Props are bounded in number.
	// +kubebuilder:validation:MinProperties=1
	// +kubebuilder:validation:MaxProperties=4
	Props map[string]string `json:"props,omitempty"`
	// Example has an example.
	// +kubebuilder:example="claw"
	Example string `json:"example,omitempty"`
}

// Extra is extra.
type Extra struct {
	// Note is a note.
	Note string `json:"note,omitempty"`
}

// HammerStatus is the observed state.
type HammerStatus struct {
	// Size is the observed size.
	Size int32 `json:"size,omitempty"`
	// Selector selects the pods.
	Selector string `json:"selector,omitempty"`
}
