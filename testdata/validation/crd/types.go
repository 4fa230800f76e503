package crd

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Widget is a custom resource.
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec"`
	Status WidgetStatus `json:"status,omitempty"`
}

// DeepCopyObject makes Widget a runtime.Object (deepcopy-gen's job in a
// real package).
func (in *Widget) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}

// WidgetSpec is what a Widget should be.
type WidgetSpec struct {
	// +k8s:required
	// +k8s:maxLength=63
	Name string `json:"name"`
	// +k8s:optional
	Memory *resource.Quantity `json:"memory,omitempty"`
	// +k8s:optional
	Port *intstr.IntOrString `json:"port,omitempty"`
}

// WidgetStatus is what a Widget is.
type WidgetStatus struct {
	// +k8s:optional
	// +k8s:listType=map
	// +k8s:listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}
