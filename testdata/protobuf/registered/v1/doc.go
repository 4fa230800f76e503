// Package v1 registers its types with register-gen's generated file, as
// kube_codegen.sh's gen_register users do: go-to-protobuf reads that file
// as upstream does (its variables reach apimachinery's runtime and schema,
// whose IDL the package's then imports).
// +k8s:protobuf-gen=package
// +groupName=gadgets.example.com
package v1
