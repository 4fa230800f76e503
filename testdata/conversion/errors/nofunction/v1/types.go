package v1

// Entry differs from the hub's.
type Entry struct {
	Weight int32
}

// Bag holds pointers to entries.
type Bag struct {
	Entries []*Entry // want :2 "field Bag.Entries .* cannot be converted to Bag.Entries .*: nothing converts \\*.*v1.Entry to \\*.*nofunction.Entry; write func Convert_Pointer_v1_Entry_To_Pointer_nofunction_Entry"
}
