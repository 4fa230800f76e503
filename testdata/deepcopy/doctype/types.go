package doctype

// +k8s:deepcopy-gen:nonpointer-interfaces=true
// +k8s:deepcopy-gen:interfaces=github.com/gengokit/gengokit/testdata/deepcopy/doctype.Object

// Value is declared beside doc.go and asks for its methods on the value.
type Value struct {
	Count map[string]int
}
