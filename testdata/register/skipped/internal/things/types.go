package things

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Thing is an internal kind.
type Thing struct {
	metav1.TypeMeta
	Name string
}
