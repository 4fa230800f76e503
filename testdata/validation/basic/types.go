package basic

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Gadget is a kind.
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec GadgetSpec `json:"spec"`
}

// DeepCopyObject makes Gadget a runtime.Object (deepcopy-gen's job in a
// real package).
func (in *Gadget) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// GadgetSpec is what a Gadget should be.
type GadgetSpec struct {
	// +k8s:required
	// +k8s:maxLength=16
	// +k8s:format=k8s-short-name
	Name string `json:"name"`

	// +k8s:optional
	// +k8s:minimum=1
	Replicas *int32 `json:"replicas,omitempty"`

	// +k8s:optional
	Size Size `json:"size,omitempty"`

	// +k8s:optional
	// +k8s:immutable
	Color string `json:"color,omitempty"`

	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=name
	// +k8s:maxItems=3
	Ports []Port `json:"ports,omitempty"`

	// +k8s:optional
	// +k8s:ifEnabled(BetaLimits)=+k8s:maxLength=4
	Beta *string `json:"beta,omitempty"`
}

// Size is how big a gadget is.
// +k8s:enum
type Size string

// The sizes.
const (
	SizeSmall Size = "Small"
	SizeLarge Size = "Large"
)

// Port is a named port.
type Port struct {
	// +k8s:required
	Name string `json:"name"`
	// +k8s:required
	// +k8s:minimum=1
	// +k8s:maximum=65535
	Number int32 `json:"number"`
}
