// Package layout is the hub of case layout.
package layout

// Item has the same layout in both versions.
type Item struct {
	Name  string
	Value int32
	Tags  []string
}

// Holder cannot be cast whole (Note differs) but its collections can.
type Holder struct {
	Items  []Item
	ByName map[string]Item
	First  *Item
	Nested [][]Item
	Note   int32
}
