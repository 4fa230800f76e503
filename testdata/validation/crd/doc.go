// +k8s:validation-gen=TypesWithField=TypeMeta
// +groupName=widgets.example.com

// Package crd is a CRD package as kubebuilder lays it out: no
// localSchemeBuilder, and ObjectMeta, metav1.Condition, Quantity and
// IntOrString fields validated through apimachinery's own validations.
package crd
