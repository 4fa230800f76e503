package v1

// Gadget calls Name Title.
type Gadget struct {
	Title string
	Count int32
}

// Box holds gadgets.
type Box struct {
	Main    Gadget
	Spares  []Gadget
	ByName  map[string]Gadget
	Pointer *Gadget
}
