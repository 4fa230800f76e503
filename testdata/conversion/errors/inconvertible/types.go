// Package inconvertible is the hub.
package inconvertible

// Box holds one name here, several in v1.
type Box struct {
	Names int32 // want :2 "field Box.Names requires manual conversion to .*v1.Box: int32 and \\[\\]int32 are inconvertible types; write func Convert_inconvertible_Box_To_v1_Box"
}
