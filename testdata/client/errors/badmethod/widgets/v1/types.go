// Package v1 has malformed +genclient:method tags.
package v1

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:method=GetScale,verb=get,subresource
// ^ want :4 `\+genclient:method: GetScale: "subresource" is not key=value`
// +genclient:method=ListShadows,verb=list,subresource=shadows
// ^ want :4 `ListShadows: a list of a subresource is not supported`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}
