// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-inptu=github.com/gengokit/gengokit/testdata/defaulter/errors/misspelt
// ^ want :4 `unknown tag \+k8s:defaulter-gen-inptu; did you mean \+k8s:defaulter-gen-input\?`

// Package misspelt is an error case.
package misspelt
