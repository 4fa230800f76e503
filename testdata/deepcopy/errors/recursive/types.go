package recursive

// T contains itself.
type T struct{ t T } // want :6 `invalid recursive type: T refers to itself \(Go rejects it`

// A and B contain each other.
type A struct{ B B } // want :6 `invalid recursive type A: A refers to B, B refers to A`

// B contains A through an array, which does not break the cycle.
type B struct{ A [2]A }

// Node refers to itself through a pointer, a slice and a map: valid.
type Node struct {
	Next     *Node
	Children []Node
	ByName   map[string]Node
}
