package defaultstructs

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Base is inlined into Spec.
type Base struct {
	Mode string `json:"mode,omitempty"`
}

// Port is a struct inside Spec.
type Port struct {
	Number int32               `json:"number"`
	Target *intstr.IntOrString `json:"target,omitempty"`
}

// Spec is what the defaults below decode into.
type Spec struct {
	Base     `json:",inline"`
	Replicas int32             `json:"replicas"`
	Name     string            `json:"name,omitempty"`
	Hidden   string            `json:"-"`
	Port     *Port             `json:"port,omitempty"`
	Memory   resource.Quantity `json:"memory,omitempty"`
	Timeout  metav1.Duration   `json:"timeout,omitempty"`
	Count    int64             `json:"count,string,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
}

// Stamp decodes itself from its embedded metav1.Time.
type Stamp struct {
	metav1.Time `json:",inline"`
}

// Order has defaults that do not decode.
type Order struct {
	TypeMeta int
	// +default={"replicas": "x"}
	// ^ want :5 `\+default: {"replicas": "x"} has "replicas": "x" for field Replicas of Spec, which is a JSON string, and type int32 needs an integer; the generated code's json.Unmarshal would panic on it: write e.g. "replicas": 0$`
	Wrong *Spec
	// +default={"replicas": "2"}
	// ^ want :5 `has "replicas": "2" for field Replicas of Spec, .*: write "replicas": 2$`
	Quoted *Spec
	// +default={"mode": 1}
	// ^ want :5 `has "mode": 1 for field Mode of Spec, which is an integer, and type string needs a JSON string; .*: write "mode": "1"$`
	Inlined *Spec
	// +default={"port": {"number": 80, "target": true}}
	// ^ want :5 `has "port": {"number":80,"target":true} for field Port of Spec, which has "target": true for field Target of Port, which is a JSON boolean, and type IntOrString takes a string or an integer; .*: write e.g. "target": 8080$`
	Nested *Spec
	// +default=[{"replicas": 1.0}]
	// ^ want :5 `has element 0 {"replicas":1.0}, which has "replicas": 1.0 for field Replicas of Spec, which has a fraction or an exponent, and encoding/json decodes type int32 only from a plain integer; .*: write "replicas": 1$`
	List []Spec
	// +default={"a": {"memory": "lots"}}
	// ^ want :5 `has "a": {"memory":"lots"}, which has "memory": "lots" for field Memory of Spec, which does not parse as a Quantity \(.*\), and the generated code would panic on it; .*: write e.g. "memory": "1Gi"$`
	Map map[string]*Spec
	// +default={"timeout": "10"}
	// ^ want :5 `has "timeout": "10" for field Timeout of Spec, which does not parse as a Duration \(.*\), and the generated code would panic on it; .*: write e.g. "timeout": "1m30s"$`
	Timeout *Spec
	// +default={"labels": ["a"]}
	// ^ want :5 `has "labels": \["a"\] for field Labels of Spec, which is an array, and type map\[string\]string needs a JSON object; .*: write e.g. "labels": {}$`
	Labels *Spec

	// These decode.
	// +default={"replicas": 3, "name": "x", "mode": "fast"}
	Fits *Spec
	// +default={"Replicas": 3, "NAME": "x"}
	AnyCase *Spec
	// +default={"port": {"number": 80, "target": "http"}, "memory": "1Gi", "timeout": "1m"}
	Decoders *Spec
	// +default={"count": "12"}
	AsString *Spec
	// +default="2006-01-02T15:04:05Z"
	Stamp *Stamp
	// +default=[{"replicas": 1}, {"port": {"number": 8080}}]
	Specs []*Spec
}
