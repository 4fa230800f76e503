// Package v1 is a CRD case: the field shapes a schema is made of.
//
// +groupName=things.example.com
package v1
