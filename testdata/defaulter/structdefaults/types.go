package structdefaults

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
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
	Port     *Port             `json:"port,omitempty"`
	Memory   resource.Quantity `json:"memory,omitempty"`
	Timeout  metav1.Duration   `json:"timeout,omitempty"`
	Count    int64             `json:"count,string,omitempty"`
}

// Stamp decodes itself through its embedded metav1.Time.
type Stamp struct {
	metav1.Time `json:",inline"`
}

// Object holds struct defaults that decode.
type Object struct {
	metav1.TypeMeta `json:",inline"`

	// +default={"replicas": 3, "name": "x", "mode": "fast"}
	Fits *Spec
	// +default={"Replicas": 4, "NAME": "y"}
	AnyCase *Spec
	// +default={"port": {"number": 80, "target": "http"}, "memory": "1Gi", "timeout": "1m"}
	Decoders *Spec
	// +default={"count": "12"}
	AsString *Spec
	// +default="2006-01-02T15:04:05Z"
	Stamp *Stamp
	// +default=[{"replicas": 1}, {"port": {"number": 8080}}]
	Specs []*Spec
	// +default={"replicas": 5, "replicaCount": 6}
	// ^ want :5 `\+default: "replicaCount" names no field of Spec, so the generated code drops it; its keys are "replicas", "name", "port", "memory", "timeout", "count", "mode"$`
	Dropped *Spec
}

// DeepCopyObject returns a shallow copy, enough for these tests.
func (in *Object) DeepCopyObject() runtime.Object {
	out := *in
	return &out
}
