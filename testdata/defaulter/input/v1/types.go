// Package v1 holds the types package input defaults; it asks for no
// defaulters itself.
package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Protocol is a network protocol.
type Protocol string

// ProtocolTCP is the default protocol.
const ProtocolTCP Protocol = "TCP"

// DefaultMode is the default mode, a variable.
var DefaultMode = "auto"

// Widget is defaulted by package input.
type Widget struct {
	metav1.TypeMeta `json:",inline"`

	Replicas *int32
	// +default=ref(DefaultMode)
	Mode string
	// +default="widget"
	Name  string
	Ports []Port
	Spec  *WidgetSpec
}

// Port has a hand-written defaulter in package input.
type Port struct {
	Number   int32
	Protocol Protocol
}

// WidgetSpec has a default on a field.
type WidgetSpec struct {
	// +default=ref(ProtocolTCP)
	Protocol Protocol
	// +default=["a"]
	Tags []string
}

// WidgetList lists widgets.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	Items           []Widget
}

// Unrelated has no TypeMeta and gets nothing.
type Unrelated struct {
	Ports []Port
}
