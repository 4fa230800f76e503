// Package v1 writes a value other than true, as code-generator's own
// output_tests do: register-gen takes it for true, and warns.
//
// +k8s:deepcopy-gen=package
// +k8s:register-gen=gadgets
// +groupName=gadgets.example.com
package v1
