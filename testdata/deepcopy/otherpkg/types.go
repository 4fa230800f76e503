package otherpkg

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// Spec uses Kubernetes' own types: a struct with generated deep-copy code,
// hand-written DeepCopy (Quantity, Time) and an assignable struct (IntOrString).
type Spec struct {
	Meta       metav1.ObjectMeta
	Quantity   resource.Quantity
	Quantities map[string]resource.Quantity
	Created    metav1.Time
	Deleted    *metav1.Time
	Port       intstr.IntOrString
	PortPtr    *intstr.IntOrString
	Selector   *metav1.LabelSelector
	Conditions []metav1.Condition
	Duration   metav1.Duration
}
