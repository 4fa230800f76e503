// Package noobjectmeta has a +genclient type without ObjectMeta.
package noobjectmeta

// +genclient
// ^ want :4 `type Widget has \+genclient but no ObjectMeta: embed metav1.ObjectMeta`

// Widget is a resource without metadata.
type Widget struct {
	Name string
}
