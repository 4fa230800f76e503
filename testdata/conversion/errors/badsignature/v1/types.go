package v1

// Gadget is converted by hand.
type Gadget struct {
	Name string
}
