// Package builtinmismatch is the hub.
package builtinmismatch

import "github.com/gengokit/gengokit/testdata/conversion/errors/builtinmismatch/shared"

// Quantity is a named string.
type Quantity string

// Widget sizes things with strings here, with numbers in v1.
type Widget struct {
	Size   string // want :2 "field Widget.Size requires manual conversion to .*builtinmismatch/v1.Widget: string and int32 are inconvertible types; write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Wide   int64
	Amount Quantity        // want :2 "field Widget.Amount requires manual conversion to .*builtinmismatch/v1.Widget: .*builtinmismatch.Quantity and float64 are inconvertible types; write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Tags   []string        // want :2 "field Widget.Tags requires manual conversion to .*builtinmismatch/v1.Widget: \\[\\]string and \\[\\]int64 are inconvertible types \\(Go cannot convert string to int64\\); write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Labels map[string]bool // want :2 "field Widget.Labels requires manual conversion to .*builtinmismatch/v1.Widget: map\\[string\\]bool and map\\[int32\\]bool are inconvertible types \\(Go cannot convert string to int32\\); write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Ref    *float64        // want :2 "field Widget.Ref requires manual conversion to .*builtinmismatch/v1.Widget: \\*float64 and \\*bool are inconvertible types \\(Go cannot convert float64 to bool\\); write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Count  int32
	Ratio  float32
	Ok     bool       // want :2 "field Widget.Ok requires manual conversion to .*builtinmismatch/v1.Widget: bool and string are inconvertible types; write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
	Parts  []shared.A // want :2 "field Widget.Parts requires manual conversion to .*builtinmismatch/v1.Widget: \\[\\].*shared.A and \\[\\].*shared.B are inconvertible types \\(Go cannot convert .*shared.A to .*shared.B\\); write func Convert_builtinmismatch_Widget_To_v1_Widget\\(in \\*builtinmismatch.Widget, out \\*Widget, s conversion.Scope\\) error"
}
