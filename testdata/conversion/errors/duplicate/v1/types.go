package v1

// Gadget is converted by hand twice.
type Gadget struct {
	Name string
}
