package v1

// OnlyHere exists in v1 only, laid out unlike the hub's Extra.
type OnlyHere struct {
	B string
}

// Widget holds a type the hub does not have.
type Widget struct {
	Only   OnlyHere            // want :2 "field Widget.Only \\(.*peerless/v1.OnlyHere\\) cannot be converted to Widget.Only \\(.*errors/peerless.Extra\\): nothing converts .*v1.OnlyHere to .*peerless.Extra; write func Convert_v1_OnlyHere_To_peerless_Extra\\(in \\*OnlyHere, out \\*peerless.Extra, s conversion.Scope\\) error"
	Ptr    *OnlyHere           // want :2 "field Widget.Ptr \\(.*\\) cannot be converted to Widget.Ptr \\(.*\\): nothing converts .*v1.OnlyHere to .*peerless.Extra; write func Convert_v1_OnlyHere_To_peerless_Extra\\(in \\*OnlyHere, out \\*peerless.Extra, s conversion.Scope\\) error"
	List   []OnlyHere          // want :2 "field Widget.List \\(.*\\) cannot be converted to Widget.List \\(.*\\): nothing converts .*v1.OnlyHere to .*peerless.Extra; write func Convert_v1_OnlyHere_To_peerless_Extra\\(in \\*OnlyHere, out \\*peerless.Extra, s conversion.Scope\\) error"
	ByName map[string]OnlyHere // want :2 "field Widget.ByName \\(.*\\) cannot be converted to Widget.ByName \\(.*\\): nothing converts .*v1.OnlyHere to .*peerless.Extra; write func Convert_v1_OnlyHere_To_peerless_Extra\\(in \\*OnlyHere, out \\*peerless.Extra, s conversion.Scope\\) error"
}
