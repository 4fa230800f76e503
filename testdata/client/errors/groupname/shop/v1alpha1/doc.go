// Package v1alpha1 misspells +groupName.
//
// +groupname=shop.example.com
// ^ want :4 `unknown tag \+groupname; did you mean \+groupName\?`
package v1alpha1
