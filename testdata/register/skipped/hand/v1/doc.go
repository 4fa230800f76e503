// Package v1 keeps a hand-written register.go: register-gen skips it.
//
// +k8s:deepcopy-gen=package
// +groupName=hand.example.com
package v1
