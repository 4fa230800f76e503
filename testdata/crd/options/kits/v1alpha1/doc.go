// Package v1alpha1 is marked +kubebuilder:skip: no CRD has its kinds.
//
// +groupName=kits.example.com
// +kubebuilder:skip
package v1alpha1
