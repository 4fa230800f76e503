// +k8s:openapi-gen=true
// +k8s:openapi-model-package=com example
// ^ want `\+k8s:openapi-model-package: "com example" is not a model name prefix`
package v1
