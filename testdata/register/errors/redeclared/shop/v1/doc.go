// Package v1 declares, outside register.go, names the generated file
// declares too.
//
// +groupName=shop.example.com
package v1
