// Package genclienttrue gives +genclient a value, which upstream panics on.
package genclienttrue

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient=true
// ^ want :4 `\+genclient: takes no value \(got "true"\); write it bare`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}
