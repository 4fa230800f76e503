package typeoptin

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// +k8s:defaulter-gen=true

// Config has no TypeMeta but opts in.
type Config struct {
	Port Port
}

// +k8s:defaulter-gen=false

// Hidden has a TypeMeta but opts out.
type Hidden struct {
	metav1.TypeMeta `json:",inline"`
	Port            Port
}

// Shown has a TypeMeta.
type Shown struct {
	metav1.TypeMeta `json:",inline"`
	Port            Port
}

// Port has a hand-written defaulter.
type Port struct {
	Number int32
}
