package packagefield

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Widget is an object.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
	Spec            WidgetSpec
}

// WidgetSpec has a hand-written defaulter.
type WidgetSpec struct {
	Size int
}

// WidgetList lists widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	Items           []Widget
}

// Plain has a TypeMeta but nothing to default: no defaulter.
type Plain struct {
	metav1.TypeMeta `json:",inline"`
	Name            string
}

// Inner has no TypeMeta: no object defaulter of its own.
type Inner struct {
	Spec WidgetSpec
}
