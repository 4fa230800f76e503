package v1

import "github.com/gengokit/gengokit/testdata/conversion/errors/builtinmismatch/shared"

// Widget sizes things with numbers. Size, Wide, Tags, Labels, Count and
// Ratio convert into the hub as they are (Go converts integers into strings).
type Widget struct {
	Size   int32
	Wide   int32
	Amount float64 // want :2 "field Widget.Amount requires manual conversion to .*errors/builtinmismatch.Widget: float64 and .*builtinmismatch.Quantity are inconvertible types; write func Convert_v1_Widget_To_builtinmismatch_Widget\\(in \\*Widget, out \\*builtinmismatch.Widget, s conversion.Scope\\) error"
	Tags   []int64
	Labels map[int32]bool
	Ref    *bool // want :2 "field Widget.Ref requires manual conversion to .*errors/builtinmismatch.Widget: \\*bool and \\*float64 are inconvertible types \\(Go cannot convert bool to float64\\); write func Convert_v1_Widget_To_builtinmismatch_Widget\\(in \\*Widget, out \\*builtinmismatch.Widget, s conversion.Scope\\) error"
	Count  int32
	Ratio  float64
	Ok     string     // want :2 "field Widget.Ok requires manual conversion to .*errors/builtinmismatch.Widget: string and bool are inconvertible types; write func Convert_v1_Widget_To_builtinmismatch_Widget\\(in \\*Widget, out \\*builtinmismatch.Widget, s conversion.Scope\\) error"
	Parts  []shared.B // want :2 "field Widget.Parts requires manual conversion to .*errors/builtinmismatch.Widget: \\[\\].*shared.B and \\[\\].*shared.A are inconvertible types \\(Go cannot convert .*shared.B to .*shared.A\\); write func Convert_v1_Widget_To_builtinmismatch_Widget\\(in \\*Widget, out \\*builtinmismatch.Widget, s conversion.Scope\\) error"
}
