package v1

// Widget has fields of every simple kind.
type Widget struct {
	Name   string
	Size   int32
	Spec   WidgetSpec
	Labels map[string]string
	Parts  []Part
}

// WidgetSpec has the same layout in both versions.
type WidgetSpec struct {
	Replicas *int32
	Mode     Mode
	Note     string
}

// Mode is a named string.
type Mode string

// Part differs from the hub's: ID is narrower.
type Part struct {
	ID   int32
	Kind string
}
