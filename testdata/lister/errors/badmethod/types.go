// Package badmethod has a malformed +genclient:method.
package badmethod

// ObjectMeta stands in for metav1.ObjectMeta.
type ObjectMeta struct{ Name string }

// +genclient
// +genclient:method=GetScale,verb=get,subresource
// ^ want :4 `\+genclient:method: GetScale: "subresource" is not key=value`

// Widget is a resource.
type Widget struct {
	ObjectMeta `json:"metadata"`
}
