// Package noobjectmeta has a +genclient type without ObjectMeta.
package noobjectmeta

// +genclient
// ^ want :4 `type Widget has \+genclient but no type of package .* embeds ObjectMeta`

// Widget is a resource without metadata.
type Widget struct {
	Name string
}
