// Package unknownoption misspells a +genclient option and names an
// unknown verb.
package unknownoption

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:nonNamespace
// ^ want :4 `unknown tag \+genclient:nonNamespace; did you mean \+genclient:nonNamespaced\?`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}

// +genclient
// +genclient:onlyVerbs=get,lsit
// ^ want :4 `\+genclient:onlyVerbs: unknown verb "lsit"`

// Gadget is a resource.
type Gadget struct {
	ObjectMeta `json:"metadata"`
}
