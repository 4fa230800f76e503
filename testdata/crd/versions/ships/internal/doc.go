// Package internal is a CRD case: an internal version, skipped.
//
// +groupName=ships.example.com
package internal
