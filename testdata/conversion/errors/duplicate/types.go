// Package duplicate is the hub.
package duplicate

// Gadget is converted by hand twice.
type Gadget struct {
	Name string
}
