// Package methodname starts +genclient:method values with something that
// is not an exported Go name.
package methodname

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:method=getScale,verb=get,subresource=scale
// ^ want :4 `\+genclient:method: "getScale" is not an exported Go name, which the value must start with .*: \+genclient:method=GetScale,verb=get,subresource=scale$`
// +genclient:method=verb=update,UpdateScale,subresource=scale
// ^ want :4 `\+genclient:method: "verb=update" is not an exported Go name`
// +genclient:method=Evict,verb=delete,subresource=eviction
// ^ want :4 `\+genclient:method: Evict: verb "delete" cannot be an extension method; use one of create, update, get, list, patch, apply$`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}
