// Package manual is the hub of case manual.
package manual

// Gadget renames v1's Title to Name.
type Gadget struct {
	Name  string
	Count int32
}

// Box holds gadgets: same layout as v1's, but Gadget has a hand-written conversion.
type Box struct {
	Main    Gadget
	Spares  []Gadget
	ByName  map[string]Gadget
	Pointer *Gadget
}
