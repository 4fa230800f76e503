// +k8s:defaulter-gen=TypeMeta
// +k8s:defaulter-gen-input=github.com/gengokit/gengokit/testdata/defaulter/errors/inputtags/v1

// Package inputtags defaults the types of package v1, whose tags only the
// defaulting finds wrong: package v1 is not an input.
package inputtags
