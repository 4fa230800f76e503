package v1

// Bag has a misspelt list type.
type Bag struct {
	// +listType=sett
	// ^ want `\+listType: unsupported value "sett" on a field \(want "atomic" or "set" or "map"\)`
	Items []string `json:"items"`
	// +mapType=atomc
	// ^ want `\+mapType: unsupported value "atomc"`
	Labels map[string]string `json:"labels"`
}
