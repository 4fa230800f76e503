package v1

// Widget says yes where upstream reads only true and false.
// +k8s:openapi-gen=yes
// ^ want `\+k8s:openapi-gen: unsupported value "yes" on a type`
type Widget struct {
	// +k8s:openapi-gen=skip
	// ^ want `\+k8s:openapi-gen: unsupported value "skip" on a field`
	Name string `json:"name"`
}

// Gadget has the values upstream reads: no error.
// +k8s:openapi-gen=true
// +k8s:openapi-gen=x-kubernetes-kind:gadget
type Gadget struct {
	// +k8s:openapi-gen=false
	Hidden string `json:"hidden"`
	// +k8s:openapi-gen=x-kubernetes-member:shown
	Shown string `json:"shown"`
}
