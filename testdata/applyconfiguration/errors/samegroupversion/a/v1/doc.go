// Package v1 is group same.example.com, version v1.
//
// +groupName=same.example.com
package v1
