// Package v1 both asks for register-gen and switches it off.
//
// +k8s:register-gen=true
// +k8s:register-gen=false
// ^ want :4 `\+k8s:register-gen is both false and true; keep one`
// +groupName=shop.example.com
package v1
