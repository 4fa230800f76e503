// Package v1 misspells the switch.
//
// +k8s:register-gen:enabled=true
// ^ want :4 `unknown tag \+k8s:register-gen:enabled; did you mean \+k8s:register-gen\?`
// +groupName=shop.example.com
package v1
