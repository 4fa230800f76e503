package v1

// Port is an item.
type Port struct {
	Name string `json:"name"`
}

// Service keys its ports by a field they lack.
type Service struct {
	// +listType=map
	// +listMapKey=nmae
	// ^ want `field Ports: \+listMapKey=nmae names no field of Port; give the JSON name of one of its fields`
	Ports []Port `json:"ports"`
}
