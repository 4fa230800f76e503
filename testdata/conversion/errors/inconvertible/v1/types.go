package v1

// Box holds several names.
type Box struct {
	Names []int32 // want :2 "field Box.Names requires manual conversion to .*/inconvertible.Box: \\[\\]int32 and int32 are inconvertible types; write func Convert_v1_Box_To_inconvertible_Box\\(in \\*Box, out \\*inconvertible.Box, s conversion.Scope\\) error"
}
