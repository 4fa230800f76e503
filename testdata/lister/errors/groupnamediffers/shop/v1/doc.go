// Package v1 forgets +groupName, so it would be group "shop".
package v1 // want :1 `package .*/groupnamediffers/shop/v1 has no \+groupName, so its group would be "shop", while .*/shop/v1alpha1 says \+groupName=shop.example.com; .* add \+groupName=shop.example.com to its doc.go`
