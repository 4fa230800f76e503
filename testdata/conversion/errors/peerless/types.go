// Package peerless is the hub.
package peerless

// Extra exists in the hub only.
type Extra struct {
	A int
}

// Widget holds a type v1 does not have.
type Widget struct {
	Only   Extra            // want :2 "field Widget.Only \\(.*peerless.Extra\\) cannot be converted to Widget.Only \\(.*peerless/v1.OnlyHere\\): nothing converts .*peerless.Extra to .*v1.OnlyHere; write func Convert_peerless_Extra_To_v1_OnlyHere\\(in \\*peerless.Extra, out \\*OnlyHere, s conversion.Scope\\) error"
	Ptr    *Extra           // want :2 "field Widget.Ptr \\(.*\\) cannot be converted to Widget.Ptr \\(.*\\): nothing converts .*peerless.Extra to .*v1.OnlyHere; write func Convert_peerless_Extra_To_v1_OnlyHere\\(in \\*peerless.Extra, out \\*OnlyHere, s conversion.Scope\\) error"
	List   []Extra          // want :2 "field Widget.List \\(.*\\) cannot be converted to Widget.List \\(.*\\): nothing converts .*peerless.Extra to .*v1.OnlyHere; write func Convert_peerless_Extra_To_v1_OnlyHere\\(in \\*peerless.Extra, out \\*OnlyHere, s conversion.Scope\\) error"
	ByName map[string]Extra // want :2 "field Widget.ByName \\(.*\\) cannot be converted to Widget.ByName \\(.*\\): nothing converts .*peerless.Extra to .*v1.OnlyHere; write func Convert_peerless_Extra_To_v1_OnlyHere\\(in \\*peerless.Extra, out \\*OnlyHere, s conversion.Scope\\) error"
}
