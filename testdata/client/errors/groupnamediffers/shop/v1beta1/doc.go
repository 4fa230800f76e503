// Package v1beta1 names another group.
//
// +groupName=shop.example.org
// ^ want :4 `\+groupName=shop.example.org differs from \+groupName=shop.example.com of .*/shop/v1alpha1, a version of the same group`
package v1beta1
