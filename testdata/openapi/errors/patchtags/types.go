package v1

// Item is an item.
type Item struct {
	Name string `json:"name"`
}

// List has patch tags in its comment that its struct tags do not have.
type List struct {
	// +patchMergeKey=name
	// +patchStrategy=merge
	// +listType=map
	// +listMapKey=name
	Items []Item `json:"items"` // want `field Items of .*List: patchMergeKey is "" in its struct tag and "name" in its comment; make them the same`
}
