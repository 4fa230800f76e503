// Package shared is given with --readonly-pkg: it gets no model-name
// file, but references to its types still use OpenAPIModelName, which a
// real read-only package ships.
//
// +k8s:openapi-gen=true
// +k8s:openapi-model-package=com.example.shared
package shared
