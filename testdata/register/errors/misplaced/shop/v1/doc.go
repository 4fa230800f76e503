// Package v1 puts the switch on a type.
//
// +groupName=shop.example.com
package v1
