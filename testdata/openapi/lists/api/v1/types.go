package v1

// Port is a port.
type Port struct {
	Name     string `json:"name"`
	Protocol string `json:"protocol"`
	Number   int32  `json:"number"`
}

// Service lists ports in every way there is.
type Service struct {
	// Atomic is replaced whole.
	// +listType=atomic
	Atomic []string `json:"atomic,omitempty"`
	// Set holds unique values.
	// +listType=set
	Set []string `json:"set,omitempty"`
	// Ports are keyed by name and protocol.
	// +listType=map
	// +listMapKey=name
	// +listMapKey=protocol
	Ports []Port `json:"ports,omitempty"`
	// ByNumber is keyed by one key.
	// +listType=map
	// +listMapKey=number
	ByNumber []Port `json:"byNumber,omitempty"`
	// Merged is merged by name.
	// +patchMergeKey=name
	// +patchStrategy=merge
	// +listType=map
	// +listMapKey=name
	Merged []Port `json:"merged,omitempty" patchStrategy:"merge" patchMergeKey:"name"`
	// Labels are atomic.
	// +mapType=atomic
	Labels map[string]string `json:"labels,omitempty"`
	// Granular is granular.
	// +mapType=granular
	Granular map[string]string `json:"granular,omitempty"`
	// Whole is an atomic struct.
	// +structType=atomic
	Whole Port `json:"whole"`
	// Untyped has no list type (an API rule violation).
	Untyped []string `json:"untyped,omitempty"`
}

// Selector is atomic as a whole.
// +structType=atomic
type Selector struct {
	Match map[string]string `json:"match,omitempty"`
}

// ServiceList is a list type.
type ServiceList struct {
	TypeMeta `json:",inline"`
	ListMeta `json:"metadata,omitempty"`
	Items    []Service `json:"items"`
}

// TypeMeta stands for metav1.TypeMeta.
type TypeMeta struct {
	Kind string `json:"kind,omitempty"`
}

// ListMeta stands for metav1.ListMeta.
type ListMeta struct {
	Continue string `json:"continue,omitempty"`
}
