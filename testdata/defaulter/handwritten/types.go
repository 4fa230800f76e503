package handwritten

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Job is an object whose spec has a base and a qualified defaulter.
type Job struct {
	metav1.TypeMeta `json:",inline"`
	Spec            JobSpec
}

// JobSpec is defaulted by SetDefaults_JobSpec and SetDefaults_JobSpec_Retries.
type JobSpec struct {
	Retries  int
	Parallel int
}

// Custom has a hand-written object defaulter: none is generated.
type Custom struct {
	metav1.TypeMeta `json:",inline"`
	Spec            JobSpec
}

// Holder holds a Custom, whose object defaulter it calls.
type Holder struct {
	metav1.TypeMeta `json:",inline"`
	Custom          *Custom
}
