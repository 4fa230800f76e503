package nonpointer

// Cloner is implemented by values, not pointers.
type Cloner interface {
	DeepCopyCloner() Cloner
}

// Value implements Cloner on its value receiver.
//
// +k8s:deepcopy-gen:interfaces=github.com/gengokit/gengokit/testdata/deepcopy/nonpointer.Cloner
// +k8s:deepcopy-gen:nonpointer-interfaces=true
type Value struct {
	Data []byte
}

// Pointer implements Cloner on its pointer receiver.
//
// +k8s:deepcopy-gen:interfaces=github.com/gengokit/gengokit/testdata/deepcopy/nonpointer.Cloner
// +k8s:deepcopy-gen:nonpointer-interfaces=false
type Pointer struct {
	Data []byte
}
