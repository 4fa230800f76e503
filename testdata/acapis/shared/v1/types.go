package v1

// Thing is used by shapes.example.com/v1 Widgets.
type Thing struct {
	// Name of the thing.
	Name string `json:"name"`
	// Weight of the thing.
	Weight *int32 `json:"weight,omitempty"`
}

// Unused is referred to by nothing: it gets no apply configuration.
type Unused struct {
	// Name of it.
	Name string `json:"name"`
}
