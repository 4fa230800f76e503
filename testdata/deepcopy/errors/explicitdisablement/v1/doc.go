// Package v1 is an API version package (it has +groupName and a type with
// inline TypeMeta) that neither enables nor disables deepcopy-gen, under
// the require-explicit-disablement lint rule.
//
// +groupName=example.com
package v1 // want :1 `this looks like an API version package; add to its doc.go \+k8s:deepcopy-gen=<value or false> \(--lint-rules=require-explicit-disablement\)`
