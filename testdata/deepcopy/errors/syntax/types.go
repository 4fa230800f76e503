package syntax

// T is missing its closing brace.
type T struct {
	A []int
func broken() {} // want `expected|does not parse`
