// Package v1beta1 is the kit's version the API server no longer serves.
//
// +groupName=kits.example.com
package v1beta1
