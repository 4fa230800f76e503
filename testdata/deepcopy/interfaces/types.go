package interfaces

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Copier is an interface that can copy itself.
type Copier interface {
	DeepCopyCopier() Copier
}

// Widget is a runtime.Object and a Copier.
//
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object
// +k8s:deepcopy-gen:interfaces=github.com/gengokit/gengokit/testdata/deepcopy/interfaces.Copier
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Parts []string
}

// WidgetList is a list of Widgets.
//
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object,k8s.io/apimachinery/pkg/runtime.Object
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`

	Items []Widget
}

// Holder has fields, slices and maps of interface type.
type Holder struct {
	Object  runtime.Object
	Copier  Copier
	Objects []runtime.Object
	ByName  map[string]Copier
}
