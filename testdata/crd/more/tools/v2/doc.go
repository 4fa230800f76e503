// Package v2 is a CRD case: the stored version.
//
// +groupName=tools.example.com
package v2
