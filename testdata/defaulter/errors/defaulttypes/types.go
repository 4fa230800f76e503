package defaulttypes

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Policy is a named string.
type Policy string

// Order has defaults of the wrong kind.
type Order struct {
	TypeMeta int
	// +default=5
	// ^ want :5 `\+default: 5 is an integer, and type string needs a JSON string: write \+default="5"$`
	Shipping string
	// +default="3"
	// ^ want :5 `\+default: "3" is a JSON string, and type int32 needs an integer: write \+default=3$`
	Count *int32
	// +default=1.5
	// ^ want :5 `\+default: 1.5 is not an integer, and type int64 needs one: write e.g. \+default=0$`
	Limit int64
	// +default=300
	// ^ want :5 `\+default: 300 is out of the range of type (uint8|byte) \(0 to 255\): write e.g. \+default=0$`
	Level uint8
	// +default="true"
	// ^ want :5 `\+default: "true" is a JSON string, and type bool needs true or false: write \+default=true$`
	Enabled *bool
	// +default=7
	// ^ want :5 `\+default: 7 is an integer, and type Policy \(string\) needs a JSON string: write \+default="7"$`
	Policy Policy
	// +default="a"
	// ^ want :5 `\+default: "a" is a JSON string, and type \[\]string needs a JSON array: write e.g. \+default=\[\]$`
	Tags []string
	// +default={"a": "b"}
	// ^ want :5 `\+default: {"a": "b"} has "a": "b", which is a JSON string, and type int needs an integer$`
	Weights map[string]int
	// +default=true
	// ^ want :5 `\+default: true is a JSON boolean, and type Quantity takes a string or a number: write e.g. \+default="1Gi"$`
	Size *resource.Quantity
	// +default=10
	// ^ want :5 `\+default: 10 is an integer, and type Duration takes a string: write e.g. \+default="1m30s"$`
	Timeout *metav1.Duration

	// These fit.
	// +default="standard"
	Carrier string
	// +default=2.5
	Ratio float64
	// +default="1Gi"
	Memory *resource.Quantity
	// +default=8080
	Port *intstr.IntOrString
	// +default="http"
	PortName *intstr.IntOrString
	// +default=["a", "b"]
	Labels []string
}
