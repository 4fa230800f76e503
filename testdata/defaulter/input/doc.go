// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=github.com/gengokit/gengokit/testdata/defaulter/input/v1

// Package input writes the object defaulters of the types of package v1,
// as Kubernetes' internal packages do for k8s.io/api: its hand-written
// SetDefaults_ functions take the other package's types.
package input
