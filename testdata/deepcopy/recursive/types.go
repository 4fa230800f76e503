package recursive

// Node is a linked list.
type Node struct {
	Value string
	Next  *Node
}

// Tree has children of its own type in a slice and a map.
type Tree struct {
	Name     string
	Children []Tree
	ByName   map[string]*Tree
}

// Forest is a named slice of the recursive type.
type Forest []Tree
