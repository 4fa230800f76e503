// Package v1 is the shop API.
//
// +groupName=shop.example.com
package v1
