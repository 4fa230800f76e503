package v1

// Required says nothing of its requiredness.
type Required struct {
	// +k8s:maxLength=3
	Name string `json:"name"`
	// ^ want :2 `field Required.Name: field with validation must have \+k8s:optional, \+k8s:required or \+k8s:forbidden`
}

// Alpha uses an alpha tag in a stable version.
type Alpha struct {
	// +k8s:optional
	// +k8s:neq="x"
	Name string `json:"name"`
	// ^ want :2 `field Alpha.Name: tag "k8s:neq" with stability level "Alpha" cannot be used in Stable validation`
}

// Nested puts +k8s:alpha inside another tag.
type Nested struct {
	// +k8s:optional
	// +k8s:ifEnabled(Gate)=+k8s:alpha=+k8s:maxLength=3
	Name string `json:"name"`
	// ^ want :2 `field Nested.Name: tag "k8s:alpha" can't be used in between`
}
