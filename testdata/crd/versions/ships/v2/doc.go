// Package v2 is a CRD case: the storage version.
//
// +groupName=ships.example.com
package v2
