// Package unknownoption misspells a +genclient option.
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
