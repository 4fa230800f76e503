package v1

import "time"

// Widget is a thing with a name.
//
// It has two paragraphs of documentation, and an example:
//
//	widget:
//	  name: w
//
// TODO: this line is left out.
// +k8s:openapi-gen=true
type Widget struct {
	// Name is the name of the widget.
	Name string `json:"name"`
	// Count is how many there are.
	// +optional
	Count *int32 `json:"count,omitempty"`
	// Ratio is a float.
	Ratio float64 `json:"ratio"`
	// Enabled switches it on.
	Enabled bool `json:"enabled,omitempty"`
	// Size is a 64-bit integer, sent as a string.
	Size int64 `json:"size,string"`
	// Created is when it was made.
	Created time.Time `json:"created"`
	// Secret is never sent.
	Secret string `json:"-"`
	// Untagged has no json tag.
	Untagged string
	// Data is raw bytes.
	Data []byte `json:"data,omitempty"`
	// Required is required although omitempty.
	// +required
	Required string `json:"required,omitempty"`
	// Part is another struct.
	Part Part `json:"part"`
	// PartRef points to one.
	PartRef *Part `json:"partRef,omitempty"`
	// Any holds anything.
	Any interface{} `json:"any,omitempty"`
	// Unsigned numbers.
	Small uint8  `json:"small"`
	Big   uint64 `json:"big"`
	// Text before the separator.
	// ---
	// Text after the separator is not in the description.
	Cut string `json:"cut"`
}

// Part is a part.
type Part struct {
	// ID identifies it.
	ID string `json:"id"`
}

// hidden is not exported: it gets a schema function but no entry.
type hidden struct {
	Value string `json:"value"`
}

// Kind is a string type: no schema of its own.
type Kind string
