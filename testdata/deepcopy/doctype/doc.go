// +k8s:deepcopy-gen=package

// Package doctype declares types in doc.go, as code-generator's own
// output_tests/aliases does: the comment block above a type is the type's
// tags, though gengo also counts it among the package's comments.
package doctype

// +k8s:deepcopy-gen:interfaces=github.com/gengokit/gengokit/testdata/deepcopy/doctype.Object

// Thing is declared in doc.go and asks for DeepCopyObject.
type Thing struct {
	Names []string
}

// Object is what DeepCopyObject returns.
type Object interface {
	DeepCopyObject() Object
}
