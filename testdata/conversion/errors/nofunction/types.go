// Package nofunction is the hub.
package nofunction

// Entry differs from v1's.
type Entry struct {
	Weight int64
}

// Bag holds pointers to entries.
type Bag struct {
	Entries []*Entry // want :2 "field Bag.Entries .* cannot be converted to Bag.Entries .*: nothing converts \\*.*nofunction.Entry to \\*.*v1.Entry; write func Convert_Pointer_nofunction_Entry_To_Pointer_v1_Entry\\(in \\*\\*nofunction.Entry, out \\*\\*Entry, s conversion.Scope\\) error"
}
