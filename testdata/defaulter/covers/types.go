package covers

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Pod has a covering spec defaulter and an uncovered status.
type Pod struct {
	metav1.TypeMeta `json:",inline"`
	Spec            PodSpec
	Status          PodStatus
}

// PodSpec is defaulted entirely by SetDefaults_PodSpec.
type PodSpec struct {
	Containers []Container
}

// PodStatus is not covered.
type PodStatus struct {
	Containers []Container
}

// Container has a defaulter.
type Container struct {
	Image string
}
