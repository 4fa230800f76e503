package misspelt

// +k8s:defaulter-gen-input=github.com/gengokit/gengokit/testdata/defaulter/errors/misspelt
// ^ want :4 `\+k8s:defaulter-gen-input is not allowed on a type; it belongs on a package \(doc.go\)`

// T carries a package tag.
type T struct {
	TypeMeta int
	// +k8s:defaulter-gen=true
	// ^ want :5 `\+k8s:defaulter-gen is not allowed on a field; it belongs on a package \(doc.go\) or type`
	Name string
}
