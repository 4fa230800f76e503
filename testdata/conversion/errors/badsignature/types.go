// Package badsignature is the hub.
package badsignature

// Gadget is converted by hand in v1.
type Gadget struct {
	Name string
}
