// Package v1 is a CRD case: the older version, optional by default.
//
// +groupName=ships.example.com
// +kubebuilder:validation:Optional
package v1
