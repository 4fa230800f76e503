// Package uncompilable has fields whose apply configurations upstream
// writes but Go does not compile.
package uncompilable

// +genclient

// Widget can be applied: every struct it reaches gets an apply
// configuration.
type Widget struct {
	Spec WidgetSpec `json:"spec"`
}

// WidgetSpec has the two fields.
type WidgetSpec struct {
	// Opaque is embedded with a json name, but has no json fields.
	Opaque `json:"opaque"` // want :2 `embedded field WidgetSpec.Opaque has a json name, but Opaque has no apply configuration`
	// Names is a slice of pointers.
	Names []*string `json:"names"` // want :2 `field WidgetSpec.Names: a slice of pointers to string has no apply configuration .*; use \[\]string`
}

// Opaque has nothing apply could set.
type Opaque struct {
	n int
}
