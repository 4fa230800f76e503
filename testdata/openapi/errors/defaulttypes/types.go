package defaulttypes

import (
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Policy is a named string.
type Policy string

// Order has defaults of the wrong kind.
type Order struct {
	// +default=5
	// ^ want `\+default: 5 is an integer, and type string needs a JSON string: write \+default="5"$`
	// +optional
	Shipping string `json:"shipping,omitempty"`
	// +default="3"
	// ^ want `\+default: "3" is a JSON string, and type int32 needs an integer: write \+default=3$`
	// +optional
	Count *int32 `json:"count,omitempty"`
	// +default=7
	// ^ want `\+default: 7 is an integer, and type Policy \(string\) needs a JSON string: write \+default="7"$`
	// +optional
	Policy Policy `json:"policy,omitempty"`
	// +default="a"
	// ^ want `\+default: "a" is a JSON string, and type \[\]string needs a JSON array$`
	// +optional
	Tags []string `json:"tags,omitempty"`
	// +default=true
	// ^ want `\+default: true is a JSON boolean, and type Quantity takes a string or a number$`
	// +optional
	Size *resource.Quantity `json:"size,omitempty"`

	// These fit.
	// +default="standard"
	// +optional
	Carrier string `json:"carrier,omitempty"`
	// +default="1Gi"
	// +optional
	Memory *resource.Quantity `json:"memory,omitempty"`
	// +default=8080
	// +optional
	Port *intstr.IntOrString `json:"port,omitempty"`
}
