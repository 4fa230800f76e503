// Package v1 has kinds that nothing makes a runtime.Object, beside kinds
// that are one: register-gen would register them all and the package
// would not compile.
//
// +k8s:deepcopy-gen=package
// +groupName=shop.example.com
package v1
