// Package v1 is a CRD case: controller-gen's crd options (the case's
// options file), and the markers of embedded resources, schemaless and
// immutable fields, selectable fields and unserved versions.
//
// +groupName=kits.example.com
package v1
