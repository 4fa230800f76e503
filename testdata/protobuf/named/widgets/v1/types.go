// Package v1 is given a protobuf package name of its own (=name), and
// drops the fields of an embedded type of its own (--drop-embedded-fields).
// +k8s:protobuf-gen=package
package v1

// Base is embedded in Widget; --drop-embedded-fields leaves it out there.
type Base struct {
	Kind string `json:"kind"`
}

// Widget embeds Base.
type Widget struct {
	Base `json:",inline"`
	// Name is kept.
	Name string `json:"name"`
	// Parts of a widget.
	Parts []Part `json:"parts"`
}

// Part is referred to within the package by its bare name.
type Part struct {
	ID int64 `json:"id"`
}
