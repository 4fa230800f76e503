// Package v1 is a CRD case: the validation and resource markers.
//
// +groupName=gizmos.example.com
package v1
